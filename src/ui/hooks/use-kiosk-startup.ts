import { useEffect } from 'react';
import { fetchKioskConfig } from '../../state/kiosk-config-source.ts';
import { useAppStore, useKioskConfig } from '../../state/store.ts';

const CONFIG_URL = `${import.meta.env.BASE_URL}kiosk.config.json`;

/**
 * Reads kiosk.config.json once at start-up, starts the kiosk in its default language, and paints the
 * brand colours. Problems with the file are kept for the staff screen and the console.
 */
export function useKioskStartup(): void {
  const setKioskConfig = useAppStore((s) => s.setKioskConfig);
  const config = useKioskConfig();
  useEffect(() => {
    const controller = new AbortController();
    void fetchKioskConfig(CONFIG_URL, controller.signal)
      .then(({ config: read, issues }) => {
        setKioskConfig(read, issues);
        for (const issue of issues) console.warn(issue.message);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [setKioskConfig]);

  const { brandColor, brandTextColor } = config;
  useEffect(() => {
    const root = document.documentElement.style;
    // Through the CSS object model, which the page's style-src 'self' policy allows.
    if (brandColor) root.setProperty('--accent', brandColor);
    else root.removeProperty('--accent');
    if (brandTextColor) root.setProperty('--on-accent', brandTextColor);
    else root.removeProperty('--on-accent');
  }, [brandColor, brandTextColor]);
}
