import { useEffect } from 'react';
import { readKioskConfig } from '../../core/kiosk/config.ts';
import { fetchKioskConfig, KIOSK_CONFIG_URL } from '../../state/kiosk-config-source.ts';
import { loadKioskOverrides } from '../../state/kiosk-overrides.ts';
import { useAppStore, useKioskConfig } from '../../state/store.ts';

/** How staff's changes are named in a message about one of them. */
export const STAFF_SETTINGS = 'staff settings';

/**
 * Reads kiosk.config.json once at start-up with staff's changes on this kiosk laid over it, and paints
 * the brand colours. Problems with either are kept for the staff screen and the console.
 */
export function useKioskStartup(): void {
  const setKioskConfig = useAppStore((s) => s.setKioskConfig);
  const config = useKioskConfig();
  useEffect(() => {
    const controller = new AbortController();
    void fetchKioskConfig(KIOSK_CONFIG_URL, controller.signal)
      .then(({ config: fleet, issues }) => {
        const local = readKioskConfig(loadKioskOverrides(), fleet, STAFF_SETTINGS);
        const all = [...issues, ...local.issues];
        setKioskConfig(fleet, local.config, all);
        for (const issue of all) console.warn(issue.message);
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
