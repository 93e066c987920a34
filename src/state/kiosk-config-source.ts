import {
  KIOSK_CONFIG_FILE,
  kioskConfigUnavailable,
  readKioskConfigText,
  type ReadConfig,
} from '../core/kiosk/config.ts';

/** kiosk.config.json beside index.html (and embed.html): one address for the kiosk and the widget. */
export const KIOSK_CONFIG_URL = `${import.meta.env.BASE_URL}${KIOSK_CONFIG_FILE}`;

/**
 * The fleet's kiosk.config.json, served beside index.html. A missing or broken file leaves the defaults
 * in force and says why (a kiosk without the file still works, without staff mode).
 */
export async function fetchKioskConfig(url = KIOSK_CONFIG_URL, signal?: AbortSignal): Promise<ReadConfig> {
  const name = url.split('/').pop() || url;
  try {
    const response = await fetch(url, { signal, cache: 'no-cache' });
    if (response.status === 404) return kioskConfigUnavailable('was not found (404)', name);
    if (!response.ok)
      return kioskConfigUnavailable(`could not be read: the server answered ${response.status}`, name);
    return readKioskConfigText(await response.text(), undefined, name);
  } catch (error) {
    if (signal?.aborted) throw error;
    return kioskConfigUnavailable(
      `could not be read: ${error instanceof Error ? error.message : String(error)}`,
      name,
    );
  }
}
