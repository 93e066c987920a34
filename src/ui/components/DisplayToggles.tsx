import { useAppStore, useHighContrast, useLargeText } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** Larger text and high contrast for this shopper: two toggles, off again at the idle reset. */
export function DisplayToggles() {
  const t = useMessages().display;
  const largeText = useLargeText();
  const highContrast = useHighContrast();
  const setLargeText = useAppStore((s) => s.setLargeText);
  const setHighContrast = useAppStore((s) => s.setHighContrast);
  const toggles = [
    { label: t.largeText, on: largeText, set: setLargeText, testId: 'display.large-text' },
    { label: t.highContrast, on: highContrast, set: setHighContrast, testId: 'display.high-contrast' },
  ];
  return (
    <div className="display-toggles" role="group" aria-label={t.label}>
      {toggles.map(({ label, on, set, testId }) => (
        <button
          type="button"
          key={testId}
          className="chip"
          aria-pressed={on}
          onClick={() => set(!on)}
          data-testid={testId}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
