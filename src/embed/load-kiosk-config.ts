import {
  DEFAULT_KIOSK_CONFIG,
  KIOSK_CONFIG_FILE,
  readKioskConfig,
  type KioskConfigRead,
} from '../core/config/kiosk-config.ts';

/** The fleet configuration served beside the app; a missing or unreadable file gives the defaults and why. */
export async function loadKioskConfig(signal?: AbortSignal): Promise<KioskConfigRead> {
  const url = `${import.meta.env.BASE_URL}${KIOSK_CONFIG_FILE}`;
  try {
    const response = await fetch(url, { signal, cache: 'no-cache' });
    if (!response.ok)
      return {
        config: DEFAULT_KIOSK_CONFIG,
        issues: [`${KIOSK_CONFIG_FILE}: the server answered ${response.status}`],
      };
    return readKioskConfig(await response.text());
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      config: DEFAULT_KIOSK_CONFIG,
      issues: [
        `${KIOSK_CONFIG_FILE}: could not be read (${error instanceof Error ? error.message : String(error)})`,
      ],
    };
  }
}
