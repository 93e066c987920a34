import { useAppStore, useHighContrast, useLargeText } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** Larger text and high contrast for this shopper: two toggles, off again at the idle reset. */
export function DisplayToggles() {
  const t = useMessages().display;
  const largeText = useLargeText();
  const highContrast = useHighContrast();
  const setLargeText = useAppStore((s) => s.setLargeText);
  const setHighContrast = useAppStore((s) => s.setHighContrast);
  return (
    <div className="display-toggles" role="group" aria-label={t.label}>
      <button
        type="button"
        className="chip"
        aria-pressed={largeText}
        onClick={() => setLargeText(!largeText)}
        data-testid="display.large-text"
      >
        {t.largeText}
      </button>
      <button
        type="button"
        className="chip"
        aria-pressed={highContrast}
        onClick={() => setHighContrast(!highContrast)}
        data-testid="display.high-contrast"
      >
        {t.highContrast}
      </button>
    </div>
  );
}
