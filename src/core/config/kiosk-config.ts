/**
 * The fleet configuration, `kiosk.config.json`, served beside the app so one build serves many kiosks
 * and web shops. Read here without the DOM, so the app, the widget and tests check it the same way.
 * Only the keys this module knows are checked; other keys are left for the code that reads them.
 */
import { CatalogFormatError } from '../catalog/errors.ts';
import { parseJsonText } from '../catalog/json-text.ts';

export const KIOSK_CONFIG_FILE = 'kiosk.config.json';

export interface KioskConfig {
  /**
   * The web shops allowed to embed the assistant, as origins (`https://shop.example.com`). The widget
   * answers messages only from these and posts only to them; none means no page may drive it.
   */
  embedOrigins: string[];
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = { embedOrigins: [] };

/** The configuration read, and one message per fault (file, place and what was wrong); faults are skipped. */
export interface KioskConfigRead {
  config: KioskConfig;
  issues: string[];
}

/** The origin an allow-list entry names, or why it names none. */
export function originProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'string')
    return `must be an origin like "https://shop.example.com", got ${typeof entry}`;
  if (entry.includes('*')) return `"${entry}": wildcards are not allowed; list each origin`;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `"${entry}" is not an origin like "https://shop.example.com"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `"${entry}" must start with https:// or http://`;
  if (url.origin !== entry)
    return `"${entry}" is not a bare origin (no path, query or trailing slash): use "${url.origin}"`;
  return undefined;
}

function embedOrigins(value: unknown, file: string): { origins: string[]; issues: string[] } {
  if (value === undefined) return { origins: [], issues: [] };
  if (!Array.isArray(value))
    return {
      origins: [],
      issues: [`${file}: "embedOrigins" must be a list of origins, got ${typeof value}`],
    };
  const origins: string[] = [];
  const issues: string[] = [];
  value.forEach((entry: unknown, i) => {
    const problem = originProblem(entry);
    if (problem) issues.push(`${file}: embedOrigins[${i}] ${problem}; skipped`);
    else if (typeof entry === 'string' && !origins.includes(entry)) origins.push(entry);
  });
  return { origins, issues };
}

/**
 * Reads the configuration's text. A file that is not JSON, or not an object, gives the defaults and
 * the reason; a bad entry is skipped and named, and the good ones stand.
 */
export function readKioskConfig(text: string, file = KIOSK_CONFIG_FILE): KioskConfigRead {
  let doc: unknown;
  try {
    doc = parseJsonText(text, file);
  } catch (error) {
    if (error instanceof CatalogFormatError) return { config: DEFAULT_KIOSK_CONFIG, issues: [error.message] };
    throw error;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return {
      config: DEFAULT_KIOSK_CONFIG,
      issues: [`${file}: must be a JSON object like {"embedOrigins": ["https://shop.example.com"]}`],
    };
  const { origins, issues } = embedOrigins(Reflect.get(doc, 'embedOrigins'), file);
  return { config: { ...DEFAULT_KIOSK_CONFIG, embedOrigins: origins }, issues };
}
