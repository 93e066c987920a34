import { sentenceSpans, words } from '../../text/segment.ts';
import type { ReviewLexicon } from './lexicon/index.ts';

/** A verbatim stretch of one review, between clause marks: what an extractive summary is made of. */
export interface Clause {
  review: number;
  /** Verbatim text of the review. */
  text: string;
  words: string[];
  /** Its content words, reduced to a rough stem ("fits" and "fit" meet). */
  stems: string[];
}

// Clauses end at these marks and before a contrast word ("great fit, but the liner runs small", 但是).
const CLAUSE_BREAK =
  /(?<=[a-z][.!?])(?=[A-Z])|\s*[;:()；：（）]+\s*|,\s+|，|\s+(?=(?:but|however|although|though|yet)\b)|(?=(?:但是|不过|可是))/iu;

/** The clauses of one review, each a verbatim piece of it. */
export function clausesOf(text: string, review: number, lexicon: ReviewLexicon): Clause[] {
  const out: Clause[] = [];
  for (const span of sentenceSpans(text))
    for (const piece of span.text.split(CLAUSE_BREAK)) {
      const trimmed = piece.replace(/^[\s,.!?"'*\-，。！？]+|[\s,"'*\-，。！？]+$/gu, '');
      if (trimmed === '') continue;
      const list = words(trimmed);
      out.push({ review, text: trimmed, words: list, stems: stemsOf(list, lexicon) });
    }
  return out;
}

/** The content words of a clause, roughly stemmed: no function words, no first person, no digits. */
export function stemsOf(list: readonly string[], lexicon: ReviewLexicon): string[] {
  return list
    .filter((w) => !lexicon.functionWords.has(w) && !lexicon.negators.has(w) && !/\d/.test(w))
    .filter((w) => w.length > 2 || /\p{Script=Han}/u.test(w))
    .map(stem);
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|edly|ed|ies|es|s|ly)$/u, '') || word;
}
