/** A number in text, with the unit written after it when there is one ("15 cm", "4K", "20%"). */
export interface NumberMention {
  value: number;
  /** The canonical unit, e.g. 'cm', 'kg', 'inch'; undefined for a bare number. */
  unit?: string;
  /** The text as written, for messages. */
  raw: string;
}

// Unit spellings to one canonical name, so "15 centimetres" in data matches "15 cm" in prose.
const UNITS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['mm', 'millimetre millimetres millimeter millimeters'],
      ['cm', 'centimetre centimetres centimeter centimeters'],
      ['m', 'metre metres meter meters'],
      ['km', 'kilometre kilometres kilometer kilometers'],
      ['inch', 'in inches inch "'],
      ['ft', 'foot feet'],
      ['g', 'gram grams gr'],
      ['kg', 'kilo kilos kilogram kilograms'],
      ['lb', 'lbs pound pounds'],
      ['oz', 'ounce ounces'],
      ['ml', 'millilitre millilitres milliliter milliliters'],
      ['l', 'litre litres liter liters'],
      ['mah', ''],
      ['w', 'watt watts'],
      ['v', 'volt volts'],
      ['hz', 'hertz'],
      ['ghz', ''],
      ['mhz', ''],
      ['gb', 'gigabyte gigabytes'],
      ['tb', 'terabyte terabytes'],
      ['mb', 'megabyte megabytes'],
      ['mp', 'megapixel megapixels'],
      ['k', ''],
      ['%', 'percent per cent'],
      ['x', ''],
      ['hour', 'h hr hrs hours'],
      ['minute', 'min mins minutes'],
      ['second', 's sec secs seconds'],
      ['day', 'days'],
      ['week', 'weeks'],
      ['month', 'months'],
      ['year', 'yr yrs years'],
      ['decade', 'decades'],
      ['pack', 'packs pc pcs piece pieces'],
      ['$', 'usd dollar dollars'],
      ['€', 'eur euro euros'],
      ['£', 'gbp'],
    ] as const
  ).flatMap(([canonical, spellings]) =>
    [canonical, ...spellings.split(' ').filter(Boolean)].map((s): [string, string] => [s, canonical]),
  ),
);

// Spelled-out numbers are numbers too: "over two decades" is as much an invented fact as "20 years".
// "one" is left out: "one of the best" is not a count.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, i): [string, number] => [word, i + 2])
    .concat([
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['hundred', 100],
      ['thousand', 1000],
      ['million', 1e6],
      ['dozen', 12],
      ['double', 2],
      ['twice', 2],
      ['triple', 3],
    ]),
);

const CURRENCY_BEFORE = /[$€£]\s?$/;
const UNIT_AFTER = String.raw`(?:\s?[-‑]?\s?(%|"|\p{L}+))?`;
const MENTION = new RegExp(
  String.raw`(\d+(?:[.,]\d+)*)(?:st|nd|rd|th)?${UNIT_AFTER}|\b(${[...NUMBER_WORDS.keys()].join('|')})\b${UNIT_AFTER}`,
  'giu',
);

/** Every number in the text, digits or words, with its unit. */
export function numberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [raw, digits, unitAfterDigits, word, unitAfterWord] = match;
    const before = text.slice(0, match.index);
    const currency = CURRENCY_BEFORE.exec(before)?.[0].trim();
    if (digits !== undefined) {
      const value = parseNumber(digits);
      if (value === undefined) continue;
      const unit = canonicalUnit(unitAfterDigits) ?? canonicalUnit(currency);
      mentions.push(unit === undefined ? { value, raw } : { value, unit, raw });
    } else if (word !== undefined) {
      const value = NUMBER_WORDS.get(word.toLowerCase());
      if (value === undefined) continue;
      const unit = canonicalUnit(unitAfterWord);
      mentions.push(unit === undefined ? { value, raw } : { value, unit, raw });
    }
  }
  return mentions;
}

function canonicalUnit(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  return UNITS.get(lower) ?? UNITS.get(lower.replace(/s$/, ''));
}

/** "1,299.50" and "15.14" as numbers; a comma with three digits after it groups thousands. */
function parseNumber(digits: string): number | undefined {
  const normal = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)
    ? digits.replace(/,/g, '')
    : digits.replace(',', '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
