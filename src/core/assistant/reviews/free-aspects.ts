import type { Word } from './clauses.ts';
import type { SentimentHit } from './score-clause.ts';
import { isNegator, SENTIMENT_WORDS } from './lexicon.ts';

/** A thing a clause praises or blames that no aspect family covers, e.g. "the zipper". */
export interface FreeAspect {
  /** The thing's word, used to group clauses ("zipper"). */
  key: string;
  /** A short phrase from the clause itself ("zipper broke", "great lens"). */
  phrase: string;
}

const DETERMINERS = new Set([
  'the',
  'this',
  'these',
  'those',
  'its',
  "it's",
  'my',
  'our',
  'their',
  'his',
  'her',
  'your',
]);

// Words that name the product as a whole, or say nothing about a part of it: such clauses are verdicts.
const NOT_A_THING = new Set(
  (
    'product item items thing things one ones it stuff purchase purchases order buy everything all ' +
    'a an the and or of to for in on at with was is are be been am it is very so really too just also ' +
    'i me we you they he she them us quite bit lot little much more most some any time times day days ' +
    'would will could should can did do does had has have after before first again still even now'
  ).split(' '),
);

/**
 * The thing a sentiment is about, when the clause names one: the word after a determiner ("the zipper
 * broke") or right after a sentiment word ("great lens"). Undefined for verdicts ("great product").
 */
export function freeAspect(words: readonly Word[], hits: readonly SentimentHit[]): FreeAspect | undefined {
  const hit = hits[0];
  if (!hit) return undefined;
  const hitEnd = hit.index + hit.length;
  const after = words[hitEnd];
  if (after && isThing(after.text))
    return { key: after.text, phrase: wordsText(words, hit.index, hitEnd + 1) };
  const noun = words.findIndex(
    (w, i) => i > 0 && DETERMINERS.has(words[i - 1]?.text ?? '') && isThing(w.text),
  );
  if (noun === -1) return undefined;
  const key = words[noun]?.text ?? '';
  // "the zipper broke", "the lid is not good": the thing and what is said of it, when that is short.
  if (noun < hit.index && hitEnd - noun <= 5) return { key, phrase: wordsText(words, noun, hitEnd) };
  return { key, phrase: key };
}

function isThing(word: string): boolean {
  return (
    word.length > 2 &&
    !NOT_A_THING.has(word) &&
    !SENTIMENT_WORDS.has(word) &&
    !isNegator(word) &&
    !/^\d/.test(word)
  );
}

function wordsText(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ');
}
