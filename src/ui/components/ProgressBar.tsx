import { useMessages } from '../hooks/use-messages.ts';

const MB = 1024 * 1024;

export function ProgressBar({
  label,
  loaded,
  total,
  testId,
  detail,
}: {
  label: string;
  loaded: number;
  total: number;
  testId?: string;
  /** What the numbers count, when not bytes, e.g. '64 of 194 products'. */
  detail?: string;
}) {
  const t = useMessages();
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-label">
        <span>{label}</span>
        <span>{detail ?? t.progress.megabytes((loaded / MB).toFixed(1), (total / MB).toFixed(1))}</span>
      </div>
      <progress max={100} value={percent} aria-label={label} />
    </div>
  );
}
