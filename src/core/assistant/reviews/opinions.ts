import { detectLocale } from '../../../i18n/locale.ts';
import { sentences, words } from '../../text/segment.ts';
import { reviewLexicon, type ReviewLexicon } from './lexicon/index.ts';

/** One judgement in one review: what it praises or blames, in the reviewer's words, and where it is. */
export interface Opinion {
  /** Index of the review in the list given. */
  review: number;
  /** The words of the clause, as the shared segmenter gives them. */
  clause: readonly string[];
  /** The clause's topic words ("battery life", "尺码"), joined; null for a verdict on the whole product. */
  topic: string | null;
  /** The sentiment word or expression, as written ("comfortable", "runs small"). */
  cue: string;
  /** Positive is praise; after negation and intensifiers. */
  weight: number;
  /** The shortest stretch of the clause that holds the topic and the cue: how a point is phrased. */
  phrase: readonly string[];
  /** Verbatim text of the review: the sentence, or the clause when the sentence is long. */
  quote: string;
}

/** How far back a negator reaches: "not at all good" still flips "good". */
const NEGATION_REACH = 3;
/** A clause this short is quoted whole as the point's phrase. */
const SHORT_CLAUSE = 8;
/** A quote longer than this is cut down to its clause. */
const MAX_QUOTE = 160;
// Clauses end at these marks as well as at the lexicon's contrast words, so that "great fit, but the zip
// broke" is one good and one bad judgement. Sentences themselves come from the shared segmenter.
const CLAUSE_MARK = /[,;:()，；：（）、!?！？]+/u;

/** What the judgements of one review are read against: the words the product's reviews share. */
export interface ReadingContext {
  /** Topic words used in at least two of the reviews: the things reviewers talk about. */
  shared: ReadonlySet<string>;
  /** The product's own name ("boots"): a judgement of it is a verdict, not a topic. */
  product?: string;
}

/** Every judgement the review makes, read with the lexicon of the language it is written in. */
export function opinionsOf(text: string, review: number, context: ReadingContext): Opinion[] {
  const lexicon = reviewLexicon(detectLocale(text));
  const isTopic = (word: string) => word !== context.product && context.shared.has(word);
  const out: Opinion[] = [];
  for (const sentence of sentences(text))
    for (const clause of clausesOf(sentence, lexicon)) {
      const quote = quoteOf(sentence, clause.text);
      for (const hit of hitsOf(clause.words, lexicon))
        out.push(opinionOf(review, clause.words, hit, quote, lexicon, isTopic));
    }
  return out;
}

/**
 * The words of the reviews as a whole: the topic words two or more reviews use, and the product's name —
 * the word after "this"/"these" (这款), up to two words on ("these frye boots"), that most reviews use.
 */
export function readingContext(texts: readonly string[]): ReadingContext & { determiner?: string } {
  const usedBy = new Map<string, Set<number>>();
  const named = new Map<string, Map<string, number>>();
  const namedBy = new Map<string, Set<number>>();
  texts.forEach((text, review) => {
    const lexicon = reviewLexicon(detectLocale(text));
    const list = words(text);
    list.forEach((word, i) => {
      if (isTopicWord(word, lexicon)) usedBy.set(word, (usedBy.get(word) ?? new Set()).add(review));
      if (!lexicon.productDeterminers.has(word)) return;
      for (const next of list.slice(i + 1, i + 3).filter((w) => isTopicWord(w, lexicon))) {
        const determiners = named.get(next) ?? new Map<string, number>();
        determiners.set(word, (determiners.get(word) ?? 0) + 1);
        named.set(next, determiners);
        namedBy.set(next, (namedBy.get(next) ?? new Set()).add(review));
      }
    });
  });
  const shared = new Set([...usedBy].filter(([, r]) => r.size >= 2).map(([w]) => w));
  const reach = (word: string) => usedBy.get(word)?.size ?? 0;
  const [product] = [...named.keys()]
    .filter((w) => (namedBy.get(w)?.size ?? 0) >= 2)
    .sort((a, b) => reach(b) - reach(a) || a.localeCompare(b));
  if (product === undefined) return { shared };
  const [determiner] = [...(named.get(product) ?? [])].sort((a, b) => b[1] - a[1]);
  return { shared, product, determiner: determiner?.[0] };
}

interface ClauseText {
  text: string;
  words: string[];
}

function clausesOf(sentence: string, lexicon: ReviewLexicon): ClauseText[] {
  const out: ClauseText[] = [];
  for (const piece of sentence.split(CLAUSE_MARK)) {
    const text = piece.trim();
    if (!text) continue;
    // A contrast word starts a clause of its own: the words before and after it are judged apart.
    let current: string[] = [];
    for (const word of words(text)) {
      if (lexicon.contrast.has(word) && current.length > 0) {
        out.push({ text, words: current });
        current = [];
      } else if (!lexicon.contrast.has(word)) current.push(word);
    }
    if (current.length > 0) out.push({ text, words: current });
  }
  return out;
}

interface Hit {
  index: number;
  length: number;
  weight: number;
}

/**
 * Sentiment words and expressions of a clause. A negator up to three words before one flips it and
 * softens it ("not bad" is mild praise); an excess word ("too", 太) before a word that is not praise makes
 * that word a complaint ("too small", 偏小).
 */
function hitsOf(clause: readonly string[], lexicon: ReviewLexicon): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < clause.length;) {
    const found = lookup(clause, i, lexicon);
    const previous = clause[i - 1];
    if (found) {
      let weight = found.weight;
      if (previous !== undefined && lexicon.intensifiers.has(previous)) weight *= 1.3;
      if (negated(clause, i, lexicon)) weight *= -0.8;
      hits.push({ index: i, length: found.length, weight });
      i += found.length;
      continue;
    }
    const word = clause[i] ?? '';
    if (
      previous !== undefined &&
      lexicon.excess.has(previous) &&
      isTopicWord(word, lexicon) &&
      !negated(clause, i - 1, lexicon)
    )
      hits.push({ index: i - 1, length: 2, weight: -0.6 });
    i += 1;
  }
  return hits;
}

function lookup(clause: readonly string[], at: number, lexicon: ReviewLexicon) {
  for (let length = Math.min(3, clause.length - at); length >= 2; length--) {
    const weight = lexicon.expressions.get(clause.slice(at, at + length).join(' '));
    if (weight !== undefined) return { weight, length };
  }
  const weight = lexicon.sentiment.get(clause[at] ?? '');
  return weight === undefined ? undefined : { weight, length: 1 };
}

function negated(clause: readonly string[], at: number, lexicon: ReviewLexicon): boolean {
  return clause.slice(Math.max(0, at - NEGATION_REACH), at).some((w) => lexicon.negators.has(w));
}

/** A word that can name what a judgement is about: not a function word, not itself a judgement, no digits. */
function isTopicWord(word: string, lexicon: ReviewLexicon): boolean {
  return (
    !lexicon.functionWords.has(word) &&
    !lexicon.sentiment.has(word) &&
    !lexicon.negators.has(word) &&
    !lexicon.intensifiers.has(word) &&
    !lexicon.excess.has(word) &&
    !/\d/.test(word) &&
    (word.length > 2 || /\p{Script=Han}/u.test(word))
  );
}

/**
 * The judgement's topic is the run of topic words nearest its cue ("great battery life" → "battery life");
 * none for a verdict ("love it") or one about the product itself ("love this bag"), which the grouping
 * reads as a verdict too.
 */
function opinionOf(
  review: number,
  clause: readonly string[],
  hit: Hit,
  quote: string,
  lexicon: ReviewLexicon,
  isTopic: (word: string) => boolean,
): Opinion {
  let best: { from: number; to: number; distance: number } | undefined;
  for (let i = 0; i < clause.length; i++) {
    if (i >= hit.index && i < hit.index + hit.length) continue;
    if (!isTopic(clause[i] ?? '') || isTopic(clause[i - 1] ?? '')) continue;
    let to = i;
    while (to + 1 < clause.length && isTopic(clause[to + 1] ?? '') && to + 1 !== hit.index) to++;
    const distance = i > hit.index ? i - (hit.index + hit.length - 1) : hit.index - to;
    // Ties go to the topic after the cue: "great fit and comfy" is about the fit.
    if (!best || distance < best.distance) best = { from: i, to, distance };
  }
  const cue = clause.slice(hit.index, hit.index + hit.length);
  const near = best !== undefined && best.distance <= 4 ? best : undefined;
  const from = Math.min(hit.index, near?.from ?? hit.index);
  const to = Math.max(hit.index + hit.length - 1, near?.to ?? 0);
  return {
    review,
    clause,
    topic: near ? joinWords(clause.slice(near.from, near.to + 1)) : null,
    cue: joinWords(cue),
    weight: hit.weight,
    phrase: widen(clause, from, to, lexicon),
    quote,
  };
}

/**
 * How a judgement is phrased: the whole clause when it is short, else the stretch from topic to cue with
 * the negators and intensifiers before it and one opening word ("the fit is good", "not a great").
 */
function widen(clause: readonly string[], from: number, to: number, lexicon: ReviewLexicon): string[] {
  if (clause.length <= SHORT_CLAUSE) return [...clause];
  let start = from;
  for (let i = Math.max(0, from - NEGATION_REACH); i < from; i++)
    if (lexicon.negators.has(clause[i] ?? '')) {
      start = i;
      break;
    }
  while (
    start > 0 &&
    (lexicon.intensifiers.has(clause[start - 1] ?? '') || lexicon.excess.has(clause[start - 1] ?? ''))
  )
    start--;
  const previous = clause[start - 1];
  if (previous !== undefined && lexicon.phraseOpeners.has(previous)) start--;
  return clause.slice(start, to + 1);
}

/** Words back into text: spaces between words, none between Chinese characters. */
export function joinWords(list: readonly string[]): string {
  let out = '';
  for (const word of list) {
    const han = /^\p{Script=Han}/u.test(word) && /\p{Script=Han}$/u.test(out);
    out += out === '' || han ? word : ` ${word}`;
  }
  return out;
}

function quoteOf(sentence: string, clause: string): string {
  const quote = sentence.length <= MAX_QUOTE ? sentence : clause;
  if (quote.length <= MAX_QUOTE) return quote;
  const cut = quote.lastIndexOf(' ', MAX_QUOTE);
  return quote.slice(0, cut > 0 ? cut : MAX_QUOTE);
}
