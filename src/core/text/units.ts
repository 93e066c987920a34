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

/** Which units measure the same thing, for facts that state a dimension but no unit ("Weight: 4"). */
export const UNIT_DIMENSIONS: Readonly<Record<string, string>> = {
  kg: 'weight',
  g: 'weight',
  lb: 'weight',
  oz: 'weight',
  cm: 'length',
  mm: 'length',
  m: 'length',
  km: 'length',
  inch: 'length',
  ft: 'length',
};

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
