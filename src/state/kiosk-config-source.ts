import { DEFAULT_KIOSK_CONFIG, readKioskConfig, type ReadConfig } from '../core/kiosk/config.ts';

/**
 * The fleet's kiosk.config.json, served beside index.html. A missing or broken file leaves the defaults
 * in force and says why (a kiosk without the file still works, without staff mode).
 */
export async function fetchKioskConfig(url: string, signal?: AbortSignal): Promise<ReadConfig> {
  const name = url.split('/').pop() || url;
  try {
    const response = await fetch(url, { signal, cache: 'no-cache' });
    if (!response.ok)
      return fallback(`${name} could not be read: the server answered ${response.status}`, name);
    const text = await response.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fallback(
        `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        name,
      );
    }
    return readKioskConfig(value, DEFAULT_KIOSK_CONFIG, name);
  } catch (error) {
    if (signal?.aborted) throw error;
    return fallback(
      `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      name,
    );
  }
}

function fallback(message: string, field: string): ReadConfig {
  return { config: DEFAULT_KIOSK_CONFIG, issues: [{ field, message }] };
}
