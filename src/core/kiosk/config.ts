/**
 * The kiosk's settings, read from `kiosk.config.json` beside `index.html` so that one build serves a
 * whole fleet (and the web shops' widget); staff changes on one kiosk override them there (see
 * docs/kiosk.md, field by field). The one reader of the file: the kiosk, its staff screen and the widget
 * all check it here, without the DOM.
 */
import { CatalogFormatError } from '../catalog/errors.ts';
import { parseJsonText } from '../catalog/json-text.ts';
import { staysOnOrigin } from '../catalog/text.ts';
import type { Locale } from '../../i18n/locale.ts';
import { originProblem } from './embed-origins.ts';

export const KIOSK_CONFIG_FILE = 'kiosk.config.json';

/** When the on-screen keyboard shows: with no physical keyboard detected, always, or never. */
export type KeyboardMode = 'auto' | 'always' | 'never';

export interface KioskConfig {
  /** Seconds without a touch or key before the "Are you still there?" dialog. */
  idleSeconds: number;
  /** Seconds the dialog counts down before the session is wiped; never under MIN_WARNING_SECONDS. */
  idleWarningSeconds: number;
  defaultLanguage: Locale;
  /** Shown in the top bar instead of the catalog's store name, when set. */
  storeName?: string;
  /**
   * The ISO 4217 currency of the prices in a catalog file that states none (Shopify and WooCommerce CSV
   * exports); USD when unset. A file that states its currency (JSON-LD, Aisle's JSON) keeps its own.
   */
  currency?: string;
  /** CSS colours: the brand's main colour (bars, primary buttons) and the text drawn on it. */
  brandColor?: string;
  brandTextColor?: string;
  /** A logo served from the kiosk's own origin (a path such as `brand/logo.svg`). */
  logo?: string;
  /** The staff PIN as `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`; no staff mode without it. */
  staffPinHash?: string;
  onScreenKeyboard: KeyboardMode;
  /**
   * The web shops allowed to embed the assistant, as origins (`https://shop.example.com`). The widget
   * answers messages only from these and posts only to them; none means no page may drive it.
   */
  embedOrigins: string[];
}

/** WCAG 2.2.1: a shopper gets at least 20 seconds to say they are still there. */
export const MIN_WARNING_SECONDS = 20;

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  idleSeconds: 90,
  idleWarningSeconds: 30,
  defaultLanguage: 'en',
  onScreenKeyboard: 'auto',
  embedOrigins: [],
};

/**
 * Something in the configuration that could not be used, and why. An `error` left the field (or the
 * whole file) at its previous value; a `warning` changed nothing the kiosk does (an unknown key, a
 * missing file, a skipped list entry beside good ones).
 */
export interface ConfigIssue {
  field: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ReadConfig {
  config: KioskConfig;
  issues: ConfigIssue[];
}

const PIN_HASH = /^pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;
// A colour as CSS writes one: a name, #rgb(a)/#rrggbb(aa), or a function such as rgb() or oklch().
// Only colour functions, with nothing nested: `url(…)` or `image-set(…)` would fetch from anywhere.
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^;{}()\\]*\))$/i;
const LOGO_SHAPE = /^[^\s]+$/;

/** How a value reads in a message: short JSON as itself, else its kind. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  const kind = typeof value === 'string' ? 'text' : typeof value;
  return json !== undefined && json.length <= 40
    ? `${json} (${kind})`
    : `${kind} of ${String(value).length} characters`;
}

/** A field's value read, with warnings about parts of it that were skipped. */
type Reader<T> = (value: unknown, field: string) => { value: T; warnings?: string[] };

function seconds(min: number): Reader<number> {
  return (value, field) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`"${field}" must be a number of seconds, got ${shown(value)}`);
    if (value < min) throw new Error(`"${field}" must be at least ${min} seconds, got ${value}`);
    return { value: Math.round(value) };
  };
}

function matching(pattern: RegExp, what: string): Reader<string> {
  return (value, field) => {
    if (typeof value !== 'string') throw new Error(`"${field}" must be ${what}, got ${shown(value)}`);
    if (!pattern.test(value.trim())) throw new Error(`"${field}" must be ${what}, got ${shown(value)}`);
    return { value: value.trim() };
  };
}

function oneOf<T extends string>(choices: readonly T[]): Reader<T> {
  return (value, field) => {
    const choice = choices.find((c) => c === value);
    if (choice === undefined)
      throw new Error(`"${field}" must be ${choices.map((c) => `"${c}"`).join(' or ')}, got ${shown(value)}`);
    return { value: choice };
  };
}

/** The allow-list: a bad entry is skipped and named, the good ones stand. */
const origins: Reader<string[]> = (value, field) => {
  if (!Array.isArray(value))
    throw new Error(
      `"${field}" must be a list of origins like ["https://shop.example.com"], got ${shown(value)}`,
    );
  const list: string[] = [];
  const warnings: string[] = [];
  value.forEach((entry: unknown, i) => {
    const problem = originProblem(entry);
    if (problem) warnings.push(`${field}[${i}] ${problem}; skipped`);
    else if (typeof entry === 'string' && !list.includes(entry)) list.push(entry);
  });
  return { value: list, warnings };
};

const READERS: { [K in keyof KioskConfig]-?: Reader<KioskConfig[K]> } = {
  idleSeconds: seconds(10),
  idleWarningSeconds: (value, field) => {
    if (typeof value === 'number' && value < MIN_WARNING_SECONDS)
      throw new Error(
        `"${field}" must be at least ${MIN_WARNING_SECONDS} seconds (WCAG 2.2.1), got ${value}`,
      );
    return seconds(MIN_WARNING_SECONDS)(value, field);
  },
  defaultLanguage: oneOf<Locale>(['en', 'zh']),
  storeName: matching(/^.{1,80}$/, 'a name of 1 to 80 characters'),
  currency: matching(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as "CNY"'),
  brandColor: matching(COLOUR, 'a CSS colour such as "#0b6e4f"'),
  brandTextColor: matching(COLOUR, 'a CSS colour such as "#ffffff"'),
  logo: (value, field) => {
    const read = matching(LOGO_SHAPE, 'a path on the kiosk’s own origin, such as "brand/logo.svg"')(
      value,
      field,
    );
    if (!staysOnOrigin(read.value) || read.value.startsWith('data:'))
      throw new Error(
        `"${field}" must be a path on the kiosk’s own origin, such as "brand/logo.svg", got ${shown(value)}`,
      );
    return read;
  },
  staffPinHash: matching(PIN_HASH, 'a hash written by `aisle kiosk pin-hash`'),
  onScreenKeyboard: oneOf<KeyboardMode>(['auto', 'always', 'never']),
  embedOrigins: origins,
};

const FIELDS = Object.keys(READERS);

function isField(name: string): name is keyof KioskConfig {
  return Object.hasOwn(READERS, name);
}

/** The settings a misspelt key was probably meant to be (same letters, ignoring case and one slip). */
function closest(name: string): string | undefined {
  const lower = name.toLowerCase();
  return FIELDS.find((field) => {
    const f = field.toLowerCase();
    if (f === lower) return true;
    if (Math.abs(f.length - lower.length) > 1) return false;
    let i = 0;
    while (i < f.length && f[i] === lower[i]) i++;
    return (
      f.slice(i + 1) === lower.slice(i + 1) ||
      f.slice(i) === lower.slice(i + 1) ||
      f.slice(i + 1) === lower.slice(i)
    );
  });
}

/**
 * Reads a configuration (the fleet's file, or staff's local changes laid over it): every valid field is
 * taken, every other one is named in an issue and keeps the value of `base`. Unknown keys are named in a
 * warning and change nothing.
 */
export function readKioskConfig(
  value: unknown,
  base: KioskConfig = DEFAULT_KIOSK_CONFIG,
  source = KIOSK_CONFIG_FILE,
): ReadConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      config: base,
      issues: [
        {
          field: source,
          severity: 'error',
          message: `${source} must hold a JSON object like {"idleSeconds": 90}, got ${shown(value)}; ${unused(base)}`,
        },
      ],
    };
  const config: KioskConfig = { ...base };
  const issues: ConfigIssue[] = [];
  for (const [field, raw] of Object.entries(value)) {
    // "$schema" and "comment" let a fleet's file explain itself.
    if (field.startsWith('$') || field === 'comment') continue;
    if (!isField(field)) {
      const meant = closest(field);
      issues.push({
        field,
        severity: 'warning',
        message: `${source}: "${field}" is not a setting of the kiosk${meant ? ` (did you mean "${meant}"?)` : ''}; ignored`,
      });
      continue;
    }
    try {
      const read = READERS[field](raw, field);
      // Each reader returns its own field's type (READERS is typed field by field).
      Object.assign(config, { [field]: read.value });
      for (const warning of read.warnings ?? [])
        issues.push({ field, severity: 'warning', message: `${source}: ${warning}` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push({ field, severity: 'error', message: `${source}: ${reason}; ${keeps(base, field)}` });
    }
  }
  return { config, issues };
}

function unused(base: KioskConfig): string {
  return base === DEFAULT_KIOSK_CONFIG ? 'the defaults are in force' : 'nothing of it was used';
}

function keeps(base: KioskConfig, field: keyof KioskConfig): string {
  const value = base[field];
  return value === undefined ? 'left unset' : `kept at ${JSON.stringify(value)}`;
}

/**
 * Reads the file's text: JSON that does not parse gives `base` and a message with the line and column of
 * the fault; otherwise as readKioskConfig.
 */
export function readKioskConfigText(
  text: string,
  base: KioskConfig = DEFAULT_KIOSK_CONFIG,
  source = KIOSK_CONFIG_FILE,
): ReadConfig {
  let value: unknown;
  try {
    value = parseJsonText(text, source);
  } catch (error) {
    if (!(error instanceof CatalogFormatError)) throw error;
    return {
      config: base,
      issues: [{ field: source, severity: 'error', message: `${error.message}; ${unused(base)}` }],
    };
  }
  return readKioskConfig(value, base, source);
}

/** What a kiosk without the file (or a server that will not give it) runs with, and why. */
export function kioskConfigUnavailable(reason: string, source = KIOSK_CONFIG_FILE): ReadConfig {
  return {
    config: DEFAULT_KIOSK_CONFIG,
    issues: [
      { field: source, severity: 'warning', message: `${source} ${reason}; the defaults are in force` },
    ],
  };
}
