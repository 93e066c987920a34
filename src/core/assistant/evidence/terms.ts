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
