import { useAppStore } from '../../state/store.ts';
import { assistantReadiness } from '../assistant-readiness.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** The header's word on the assistant; when it failed, staff find the cause on the assistant check screen. */
export function AssistantStatus() {
  const t = useMessages();
  const state = useAppStore((s) => assistantReadiness(s).state);
  const percent = useAppStore((s) => {
    const readiness = assistantReadiness(s);
    return readiness.state === 'starting' ? readiness.percent : 0;
  });
  const text =
    state === 'starting'
      ? t.header.status.starting(percent)
      : state === 'ready'
        ? t.header.status.ready
        : state === 'restarting'
          ? t.header.status.restarting
          : t.header.status.error;
  return (
    <span
      className={`status status-${state}`}
      data-testid="app.assistant-status"
      data-state={state}
      role="status"
      title={state === 'error' ? t.header.status.errorHint : undefined}
    >
      {text}
    </span>
  );
}
