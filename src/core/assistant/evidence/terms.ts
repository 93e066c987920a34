import { foldText, terms } from '../../text/segment.ts';
import { READING } from './lexicon.ts';

const HAN = /\p{Script=Han}/u;

/**
 * A word reduced to what its inflections share ("batteries" → "battery", "included" → "includ"), so a
 * question and a passage meet on the same term. A minimal English suffix trim: the text layer has no
 * stemmer yet; Chinese and numbers pass unchanged.
 */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (HAN.test(w) || /\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2).replace(/e$/, '');
  if (w.endsWith('es') && w.length > 4) return w.slice(0, -1).replace(/e$/, '');
  if (w.endsWith('s')) return w.slice(0, -1);
  return w.replace(/e$/, '');
}

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
    .map(stem);
}
