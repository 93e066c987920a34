import { unsupportedClaims } from './claims.ts';
import type { NumberMention } from './numbers.ts';
import { numberMentions } from './numbers.ts';
import type { ProductFacts } from './product-facts.ts';

/** A sentence the check removed, and why, for staff who want to see what the model tried to say. */
export interface DroppedSentence {
  sentence: string;
  reason: string;
}

// Capitalised words that are no claim of their own.
const COMMON_CAPITALS = new Set([
  'i',
  'its',
  'it',
  'this',
  'the',
  'a',
  'an',
  'with',
  'and',
  'for',
  'our',
  'your',
]);
// Lines about the text itself rather than the product ("Here is a description", "I hope this helps").
const META =
  /\b(?:description|here is|here's|i hope|i am|i'm|as an ai|sentences?|paragraph|product details)\b|^(?:sure|certainly|okay)\b|\bI\b/i;

/**
 * Why a sentence states something the product's data does not, or undefined when it keeps to the data:
 * a number (or a number's unit) the data lacks, a name the data never uses, a claim such as "waterproof"
 * the data never makes, or words about the text itself.
 */
export function unsupportedReason(sentence: string, facts: ProductFacts): string | undefined {
  for (const mention of numberMentions(sentence))
    if (!supported(mention, facts.numbers)) return `"${mention.raw.trim()}" is not in the product data`;
  const names = properNames(sentence).filter((name) => !facts.text.includes(name.toLowerCase()));
  if (names.length > 0) return `"${names[0]}" is not in the product data`;
  const claims = unsupportedClaims(sentence, facts.text);
  if (claims.length > 0) return `"${claims[0]}" is not in the product data`;
  if (META.test(sentence)) return 'it talks about the text, not the product';
  return undefined;
}

/** Sentences split into those that keep to the product's data and those that do not. */
export function checkSentences(
  sentences: readonly string[],
  facts: ProductFacts,
): { kept: string[]; dropped: DroppedSentence[] } {
  const kept: string[] = [];
  const dropped: DroppedSentence[] = [];
  for (const sentence of sentences) {
    const reason = unsupportedReason(sentence, facts);
    if (reason === undefined) kept.push(sentence);
    else dropped.push({ sentence, reason });
  }
  return { kept, dropped };
}

/**
 * A number is supported when the data has the same value; a unit written with it must be the data's unit
 * too ("15.14-inch" is invented when the data says only "Width: 15.14").
 */
function supported(mention: NumberMention, known: readonly NumberMention[]): boolean {
  return known.some(
    (k) =>
      Math.abs(k.value - mention.value) < 1e-9 && (mention.unit === undefined || mention.unit === k.unit),
  );
}

/** Capitalised words after the first word of the sentence: names of brands, places, models. */
function properNames(sentence: string): string[] {
  const words = sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return words
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w) && !COMMON_CAPITALS.has(w.toLowerCase()))
    .map((w) => w.replace(/['’]s$/, ''));
}
