/** A stretch of one review: its place in the review text, so quotes can be taken from it verbatim. */
export interface Span {
  start: number;
  end: number;
}

/** A word of a clause, lower-cased, with apostrophes kept ("didn't"). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface Clause extends Span {
  words: Word[];
  /** The sentence the clause belongs to: quoted when it is short enough. */
  sentence: Span;
}

// A sentence runs to . ! ? followed by a space (not the point in "4.5"), or to a line break, and keeps
// its end mark for quoting. Clauses also end at ; , and contrast words, so that "great fit but the zip
// broke" yields one good and one bad clause.
const SENTENCE = /(?:[^.!?…\n]|[.!?…](?!\s|$))+[.!?…]*/g;
const CLAUSE_BREAK = /[;,:()]|\s[-–—]\s|\b(?:but|however|although|though|except|whereas|yet)\b/gi;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Splits a review into clauses; empty and punctuation-only stretches are left out. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const sentences = [...text.matchAll(SENTENCE)].map((m) =>
    trimSpan(text, { start: m.index, end: m.index + m[0].length }),
  );
  for (const sentence of sentences)
    for (const span of pieces(text, CLAUSE_BREAK, sentence)) {
      const words = wordsOf(text, span);
      if (words.length > 0) clauses.push({ ...span, words, sentence });
    }
  return clauses;
}

function pieces(text: string, separator: RegExp, within: Span): Span[] {
  const part = text.slice(within.start, within.end);
  const spans: Span[] = [];
  let from = 0;
  for (const match of part.matchAll(separator)) {
    spans.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  spans.push({ start: from, end: part.length });
  return spans
    .map((s) => trimSpan(text, { start: s.start + within.start, end: s.end + within.start }))
    .filter((s) => s.end > s.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function wordsOf(text: string, span: Span): Word[] {
  return [...text.slice(span.start, span.end).matchAll(WORD)].map((m) => ({
    text: m[0].toLowerCase().replace(/’/g, "'"),
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}
