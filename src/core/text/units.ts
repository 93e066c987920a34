import { LEXICON_EN } from './lexicon-en.ts';
import { LEXICON_ZH } from './lexicon-zh.ts';

/**
 * Units as the text layer names them: one canonical name per unit ('kg', 'inch', 'year'), whatever the
 * spelling ("15 centimetres", "15cm", "15厘米" are all 15 'cm').
 */

/** Unit symbols written the same in every language, to their canonical name. */
const SYMBOLS: Readonly<Record<string, string>> = {
  v: 'v',
  w: 'w',
  kw: 'kw',
  ah: 'ah',
  mah: 'mah',
  wh: 'wh',
  kg: 'kg',
  g: 'g',
  lb: 'lb',
  oz: 'oz',
  cm: 'cm',
  mm: 'mm',
  m: 'm',
  km: 'km',
  in: 'inch',
  '"': 'inch',
  '″': 'inch',
  ft: 'ft',
  ml: 'ml',
  l: 'l',
  gb: 'gb',
  tb: 'tb',
  mb: 'mb',
  hz: 'hz',
  ghz: 'ghz',
  mhz: 'mhz',
  mp: 'mp',
  h: 'hour',
  s: 'second',
  '%': 'percent',
};

/** Every written form of a unit, lower-cased, to its canonical name. */
export const UNIT_NAMES: ReadonlyMap<string, string> = new Map(
  [SYMBOLS, LEXICON_EN.units, LEXICON_ZH.units].flatMap((table) => Object.entries(table)),
);

/** Each unit's size in its dimension's base unit (kilogram, metre, litre, second, gigabyte…). */
const UNIT_SCALES: Readonly<Record<string, { dimension: string; scale: number }>> = {
  kg: { dimension: 'weight', scale: 1 },
  g: { dimension: 'weight', scale: 0.001 },
  lb: { dimension: 'weight', scale: 0.45359237 },
  oz: { dimension: 'weight', scale: 0.028349523125 },
  m: { dimension: 'length', scale: 1 },
  cm: { dimension: 'length', scale: 0.01 },
  mm: { dimension: 'length', scale: 0.001 },
  km: { dimension: 'length', scale: 1000 },
  inch: { dimension: 'length', scale: 0.0254 },
  ft: { dimension: 'length', scale: 0.3048 },
  l: { dimension: 'volume', scale: 1 },
  ml: { dimension: 'volume', scale: 0.001 },
  second: { dimension: 'duration', scale: 1 },
  minute: { dimension: 'duration', scale: 60 },
  hour: { dimension: 'duration', scale: 3600 },
  day: { dimension: 'duration', scale: 86400 },
  week: { dimension: 'duration', scale: 604800 },
  month: { dimension: 'duration', scale: 2629800 },
  year: { dimension: 'duration', scale: 31557600 },
  mb: { dimension: 'data', scale: 0.001 },
  gb: { dimension: 'data', scale: 1 },
  tb: { dimension: 'data', scale: 1000 },
  mah: { dimension: 'charge', scale: 0.001 },
  ah: { dimension: 'charge', scale: 1 },
  w: { dimension: 'power', scale: 1 },
  kw: { dimension: 'power', scale: 1000 },
  hz: { dimension: 'frequency', scale: 1 },
  mhz: { dimension: 'frequency', scale: 1e6 },
  ghz: { dimension: 'frequency', scale: 1e9 },
};

/** Which units measure the same thing, for facts that state a dimension but no unit ("Weight: 4"). */
export const UNIT_DIMENSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(UNIT_SCALES)
    .filter(([, { dimension }]) => dimension === 'weight' || dimension === 'length')
    .map(([unit, { dimension }]) => [unit, dimension]),
);

/**
 * An amount in its dimension's base unit, so amounts written in different units compare: 500 g and
 * 1.2 kg are 0.5 and 1.2 of 'weight'. A unit of no known size is a dimension of its own (volts compare
 * with volts); a number without a unit has no dimension.
 */
export function inBaseUnits(value: number, unit: string | undefined): { dimension?: string; amount: number } {
  if (unit === undefined) return { amount: value };
  const size = UNIT_SCALES[unit];
  return size
    ? { dimension: size.dimension, amount: value * size.scale }
    : { dimension: unit, amount: value };
}

/** The canonical unit of a written unit, or undefined when the text is no unit. */
export function canonicalUnit(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const lower = written.toLowerCase().replace(/\s+/g, ' ').trim();
  return UNIT_NAMES.get(lower);
}

/** The unit an attribute's bare number has by the attribute's name: "Weight: 4" is a weight. */
export function attributeDimension(name: string): string | undefined {
  if (/weight|mass|重量/i.test(name)) return 'weight';
  if (/width|height|depth|length|size|dimension|diameter|thickness|宽|高|长|尺寸/i.test(name))
    return 'length';
  if (/percent|discount|%|折扣/i.test(name)) return 'percent';
  return undefined;
}

/** The unit a label names, as written: "Power (W)" → 'W', "重量（kg）" → 'kg'. */
export function unitInLabel(label: string): string | undefined {
  return /[(（]([^)）]+)[)）]\s*$/.exec(label)?.[1]?.trim();
}
