import { escapeRegExp } from '../../text/regex.ts';
/** Finding the lexicon's words and phrases in a message: whole words in Latin text, substrings in Chinese. */

const HAN = /\p{Script=Han}/u;
const compiled = new Map<string, RegExp>();

function pattern(phrase: string): RegExp {
  let found = compiled.get(phrase);
  if (!found) {
    const escaped = escapeRegExp(phrase).replace(/\s+/g, '\\s+');
    // Chinese has no spaces between words: a phrase in Han characters matches anywhere, and a Latin
    // phrase only needs no Latin letter or digit beside it ("华为p50多少钱" has "p50").
    // A phrase of punctuation (",") needs no word boundary: "jigsaw, which…" cuts at its comma.
    const word = /[\p{Script=Latin}\p{N}]/u;
    const before = word.test(phrase.at(0) ?? '') ? '(?<![\\p{Script=Latin}\\p{N}])' : '';
    const after = word.test(phrase.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{N}])' : '';
    found = HAN.test(phrase) ? new RegExp(escaped, 'gu') : new RegExp(`${before}${escaped}${after}`, 'gu');
    compiled.set(phrase, found);
  }
  found.lastIndex = 0;
  return found;
}

export interface PhraseMatch {
  phrase: string;
  at: number;
  end: number;
}

/** Where the text writes the words of `keep` that are Chinese: the stretches no shorter phrase may cut. */
function keptSpans(text: string, keep: Iterable<string>): { at: number; end: number }[] {
  const spans: { at: number; end: number }[] = [];
  for (const word of keep) {
    if (word.length < 2 || !HAN.test(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      spans.push({ at, end: at + word.length });
  }
  return spans;
}

/**
 * Every occurrence of the phrases in the text, longest phrase first where two overlap. A Chinese phrase
 * written inside one of `keep`'s words (the catalog's: 的 of the brand 美的, 台 of 台灯) is part of that
 * word, not the phrase.
 */
export function findPhrases(
  text: string,
  phrases: Iterable<string>,
  keep: Iterable<string> = [],
): PhraseMatch[] {
  const words = keptSpans(text, keep);
  const all: PhraseMatch[] = [];
  for (const phrase of phrases) {
    for (const match of text.matchAll(pattern(phrase))) {
      const at = match.index;
      const end = at + match[0].length;
      const inside = words.some(
        (span) => at < span.end && end > span.at && !(at <= span.at && end >= span.end),
      );
      if (!inside) all.push({ phrase, at, end });
    }
  }
  all.sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  const kept: PhraseMatch[] = [];
  for (const match of all) if (!kept.some((k) => match.at < k.end && match.end > k.at)) kept.push(match);
  return kept.sort((a, b) => a.at - b.at);
}

export function hasPhrase(text: string, phrases: Iterable<string>): boolean {
  return findPhrases(text, phrases).length > 0;
}

/** The text with the phrases blanked out, but for those inside one of `keep`'s words (see findPhrases). */
export function withoutPhrases(text: string, phrases: Iterable<string>, keep: Iterable<string> = []): string {
  let out = text;
  for (const match of findPhrases(text, phrases, keep).reverse())
    out = `${out.slice(0, match.at)} ${out.slice(match.end)}`;
  return out.replace(/\s+/g, ' ').trim();
}
