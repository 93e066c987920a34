import { useEffect } from 'react';
import { useHighContrast, useLargeText } from '../../state/store.ts';

/** Puts the shopper's display choices on the document, where the style sheet's sizes and colours start. */
export function useDisplayChoices(): void {
  const largeText = useLargeText();
  const highContrast = useHighContrast();
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('large-text', largeText);
    root.toggle('high-contrast', highContrast);
  }, [largeText, highContrast]);
}
