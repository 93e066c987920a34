import type { Word } from './clauses.ts';
import { INTENSIFIERS, isNegator, SENTIMENT_PHRASES, SENTIMENT_WORDS } from './lexicon.ts';

/** How far back a "not" reaches: "not at all good" still flips "good". */
const NEGATION_REACH = 3;
const LONGEST_PHRASE = Math.max(...[...SENTIMENT_PHRASES.keys()].map((p) => p.split(' ').length));

/** A sentiment word or phrase found in a clause, with its weight after negation and intensifiers. */
export interface SentimentHit {
  /** Index of its first word in the clause. */
  index: number;
  length: number;
  weight: number;
}

/**
 * The clause's sentiment hits. A negator up to three words before a hit flips it, and softens it: "not
 * bad" is mild praise, not a rave. "too" before a word that is not itself praise makes it a complaint
 * ("too small", "too tight").
 */
export function sentimentHits(words: readonly Word[]): SentimentHit[] {
  const hits: SentimentHit[] = [];
  for (let i = 0; i < words.length;) {
    const found = lookup(words, i);
    const previous = words[i - 1]?.text;
    if (found) {
      let weight = found.weight;
      if (previous !== undefined && INTENSIFIERS.has(previous)) weight *= 1.3;
      if (negated(words, i)) weight *= -0.8;
      hits.push({ index: i, length: found.length, weight });
      i += found.length;
    } else {
      if (previous === 'too' && !negated(words, i - 1)) hits.push({ index: i, length: 1, weight: -0.6 });
      i += 1;
    }
  }
  return hits;
}

/** The clause's sentiment: the sum of its hits, held within [-2, 2]. */
export function clauseScore(hits: readonly SentimentHit[]): number {
  const sum = hits.reduce((total, hit) => total + hit.weight, 0);
  return Math.max(-2, Math.min(2, sum));
}

function lookup(words: readonly Word[], at: number): { weight: number; length: number } | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - at); length >= 2; length--) {
    const phrase = words
      .slice(at, at + length)
      .map((w) => w.text)
      .join(' ');
    const weight = SENTIMENT_PHRASES.get(phrase);
    if (weight !== undefined) return { weight, length };
  }
  const word = words[at]?.text;
  const weight = word === undefined ? undefined : SENTIMENT_WORDS.get(word);
  return weight === undefined ? undefined : { weight, length: 1 };
}

function negated(words: readonly Word[], at: number): boolean {
  return words.slice(Math.max(0, at - NEGATION_REACH), at).some((w) => isNegator(w.text));
}
