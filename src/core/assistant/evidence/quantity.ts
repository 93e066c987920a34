import { findNumbers } from '../../text/numbers.ts';
import { words } from '../../text/segment.ts';
import { attributeDimension, UNIT_DIMENSIONS } from '../../text/units.ts';
import { READING, type Quantity } from './lexicon.ts';

const HAN = /\p{Script=Han}/u;
const DURATION_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'month']);

/** Whether a phrase stands in a text: whole words for Latin script, as written for Chinese. */
function holds(spaced: string, raw: string, phrase: string): boolean {
  return HAN.test(phrase) ? raw.includes(phrase) : spaced.includes(` ${phrase} `);
}

/** The kinds of measure a question asks for: "how tall is it?" a length, "what age is it for?" an age. */
export function askedQuantities(question: string): ReadonlySet<Quantity> {
  const spaced = ` ${words(question).join(' ')} `;
  const raw = question.toLowerCase();
  const out = new Set<Quantity>();
  for (const [kind, phrases] of Object.entries(READING.quantityQuestions) as [Quantity, readonly string[]][])
    if (phrases.some((phrase) => holds(spaced, raw, phrase))) out.add(kind);
  return out;
}

/**
 * Whether a passage states a measure of one of the kinds asked: "Height: 7 in" or "it is 18 inches
 * across" a length, "ages 8 and up" an age, "601 pieces" a count. An attribute's bare number takes its
 * name's dimension ("Weight: 4").
 */
export function statesQuantity(text: string, asked: ReadonlySet<Quantity>, attributeName?: string): boolean {
  if (asked.size === 0) return false;
  const numbers = findNumbers(text).filter((m) => m.kind === 'number');
  if (numbers.length === 0) return false;
  const named = attributeName === undefined ? undefined : attributeDimension(attributeName);
  const spaced = ` ${words(text).join(' ')} `;
  const aged = READING.ageWords.some((word) => holds(spaced, text.toLowerCase(), word));
  return numbers.some((m) => {
    const dimension = (m.unit === undefined ? undefined : UNIT_DIMENSIONS[m.unit]) ?? named;
    if (asked.has('length') && dimension === 'length') return true;
    if (asked.has('weight') && dimension === 'weight') return true;
    if (asked.has('age') && ((m.unit !== undefined && AGE_UNITS.has(m.unit)) || aged)) return true;
    if (asked.has('duration') && m.unit !== undefined && DURATION_UNITS.has(m.unit)) return true;
    // A count is a bare number or a number of things, not a measure ("Weight: 1" counts nothing).
    return asked.has('count') && dimension === undefined && (m.unit === undefined || m.unit === 'count');
  });
}
