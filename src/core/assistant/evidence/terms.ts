import type { Product } from '../../catalog/types.ts';
import { foldText, terms } from '../../text/segment.ts';
import { stemWord } from '../../text/stem.ts';
import { READING } from './lexicon.ts';

const HAN = /\p{Script=Han}/u;

/** The function words as the text layer's terms spell them ("isn't" → "isnt"). */
const STOPWORDS = new Set(
  [...READING.stopwords].map((word) => foldText(word).replace(/(\p{L})['’](\p{L})/gu, '$1$2')),
);

/**
 * The terms of a text that carry its subject, stemmed: the text layer's terms (Latin words, and Chinese
 * characters with their bigrams) without function words or one-letter Latin words.
 */
export function contentTerms(text: string): string[] {
  return terms(text)
    .filter((t) => !STOPWORDS.has(t) && (t.length > 1 || HAN.test(t) || /\d/.test(t)))
    .map(stemWord);
}

/**
 * The share of a name's terms a text's terms hold: 1 when the text writes the whole name ("哪个续航更久"
 * holds all of 续航, "is the battery included?" all of "Battery included").
 */
export function nameShareIn(name: string, asked: ReadonlySet<string>): number {
  const terms = [...new Set(contentTerms(name))];
  return terms.length === 0 ? 0 : terms.filter((term) => asked.has(term)).length / terms.length;
}

/** Whether a question writes the whole name of one of the product's attributes ("用的是什么处理器" of 处理器). */
export function namesAttribute(product: Product, question: string): boolean {
  const asked = new Set(contentTerms(question));
  return Object.keys(product.attributes).some((name) => nameShareIn(name, asked) === 1);
}
