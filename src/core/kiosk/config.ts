import type { Locale } from '../../i18n/locale.ts';
import { originProblem } from '../config/kiosk-config.ts';

/** When the on-screen keyboard shows: with no physical keyboard detected, always, or never. */
export type KeyboardMode = 'auto' | 'always' | 'never';

/**
 * The kiosk's settings, read from `kiosk.config.json` beside `index.html` so that one build serves a
 * whole fleet; staff changes on one kiosk override them there (see docs/kiosk.md, field by field).
 */
export interface KioskConfig {
  /** Seconds without a touch or key before the "Are you still there?" dialog. */
  idleSeconds: number;
  /** Seconds the dialog counts down before the session is wiped; never under MIN_WARNING_SECONDS. */
  idleWarningSeconds: number;
  defaultLanguage: Locale;
  /** Shown in the top bar instead of the catalog's store name, when set. */
  storeName?: string;
  /** CSS colours: the brand's main colour (bars, primary buttons) and the text drawn on it. */
  brandColor?: string;
  brandTextColor?: string;
  /** A logo served from the kiosk's own origin (a path such as `brand/logo.svg`). */
  logo?: string;
  /** The staff PIN as `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`; no staff mode without it. */
  staffPinHash?: string;
  onScreenKeyboard: KeyboardMode;
  /** Origins of web shops allowed to embed the widget (the widget reads them with src/core/config/). */
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

/** A field of the configuration that could not be used, and why; its default stays in force. */
export interface ConfigIssue {
  field: string;
  message: string;
}

export interface ReadConfig {
  config: KioskConfig;
  issues: ConfigIssue[];
}

const PIN_HASH = /^pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;
// A colour as CSS writes one: a name, #rgb(a)/#rrggbb(aa), or a function such as rgb() or oklch().
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]+|[a-z]+\([^;{}]*\))$/i;
const LOGO = /^(?!\/\/)(?![a-z][a-z0-9+.-]*:)[^\s]+$/i;

type Reader<T> = (value: unknown, field: string) => T;

function seconds(min: number): Reader<number> {
  return (value, field) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
      throw new Error(`${field} must be a number of seconds, at least ${min}`);
    return Math.round(value);
  };
}

function matching(pattern: RegExp, what: string): Reader<string> {
  return (value, field) => {
    if (typeof value !== 'string' || !pattern.test(value.trim())) throw new Error(`${field} must be ${what}`);
    return value.trim();
  };
}

function oneOf<T extends string>(choices: readonly T[]): Reader<T> {
  return (value, field) => {
    const choice = choices.find((c) => c === value);
    if (choice === undefined)
      throw new Error(`${field} must be ${choices.map((c) => `"${c}"`).join(' or ')}`);
    return choice;
  };
}

/** An allow-list entry, checked as the embedded widget checks it (one rule for both readers). */
const origin: Reader<string> = (value, field) => {
  const problem = originProblem(value);
  if (problem) throw new Error(`${field} ${problem}`);
  return String(value);
};

const READERS: { [K in keyof KioskConfig]-?: Reader<KioskConfig[K]> } = {
  idleSeconds: seconds(10),
  idleWarningSeconds: (value, field) => {
    if (typeof value === 'number' && value < MIN_WARNING_SECONDS)
      throw new Error(`${field} must be at least ${MIN_WARNING_SECONDS} seconds (WCAG 2.2.1)`);
    return seconds(MIN_WARNING_SECONDS)(value, field);
  },
  defaultLanguage: oneOf<Locale>(['en', 'zh']),
  storeName: matching(/^.{1,80}$/, 'a name of 1 to 80 characters'),
  brandColor: matching(COLOUR, 'a CSS colour such as "#0b6e4f"'),
  brandTextColor: matching(COLOUR, 'a CSS colour such as "#ffffff"'),
  logo: matching(LOGO, 'a path on the kiosk’s own origin, such as "brand/logo.svg"'),
  staffPinHash: matching(PIN_HASH, 'a hash written by `aisle kiosk pin-hash`'),
  onScreenKeyboard: oneOf<KeyboardMode>(['auto', 'always', 'never']),
  embedOrigins: (value, field) => {
    if (!Array.isArray(value)) throw new Error(`${field} must be a list of origins`);
    return value.map((item: unknown, i) => origin(item, `${field}[${i}]`));
  },
};

function isField(name: string): name is keyof KioskConfig {
  return Object.hasOwn(READERS, name);
}

/**
 * Reads a configuration (the fleet's file, or staff's local changes laid over it): every valid field is
 * taken, every other one is named in an issue and keeps the value of `base`.
 */
export function readKioskConfig(
  value: unknown,
  base: KioskConfig = DEFAULT_KIOSK_CONFIG,
  source = 'kiosk.config.json',
): ReadConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { config: base, issues: [{ field: source, message: `${source} must hold a JSON object` }] };
  const config: KioskConfig = { ...base };
  const issues: ConfigIssue[] = [];
  for (const [field, raw] of Object.entries(value)) {
    // "$schema" and "comment" let a fleet's file explain itself.
    if (field.startsWith('$') || field === 'comment') continue;
    try {
      if (!isField(field)) throw new Error(`${field} is not a setting of the kiosk`);
      // Each reader returns its own field's type (READERS is typed field by field).
      Object.assign(config, { [field]: READERS[field](raw, field) });
    } catch (error) {
      issues.push({ field, message: `${source}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { config, issues };
}
