/**
 * Words and sentences of any text, English or Chinese, through Intl.Segmenter: the one place the code
 * base splits text. Words come lower-cased (Unicode-aware), without punctuation or spaces.
 */
const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word-like segments of a text, lower-cased: "华为MateBook X Pro，5999元" → 华, 为, matebook, x, pro, 5999, 元. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const part of wordSegmenter.segment(text.normalize('NFKC'))) {
    if (part.isWordLike) out.push(part.segment.toLowerCase());
  }
  return out;
}

/** One sentence of a text, located by offsets so a checker can drop or rewrite it and keep the rest as written. */
export interface SentenceSpan {
  start: number;
  /** Offset past the sentence's last character, before the whitespace that follows it. */
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence ("e.g.", "Furniture Co.", "approx."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'e.g i.e vs approx incl excl mr mrs ms dr st co inc ltd corp jr sr dept no nr'.split(' '),
);

/** Whether a piece ends in a full stop that does not end a sentence: "e.g.", "Mr.", "J.", or a list's "1.". */
function endsOpen(piece: string, next: string): boolean {
  const trimmed = piece.trimEnd();
  if (/\n$/.test(piece)) return false;
  if (/^\s*\d{1,2}[.)]$/.test(trimmed)) return true;
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(trimmed)?.[1];
  if (word === undefined) return false;
  // "No. 5" numbers something; "the answer is no." ends a sentence.
  if (/^(no|nr)$/i.test(word)) return /^\s*\d/.test(next);
  return (
    ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)
  );
}

/**
 * The sentences of a text with their offsets: Intl.Segmenter's sentences (so 。！？ end one too), also split
 * at line breaks (lists), and joined again after abbreviations and list markers ("e.g. $9.99", "1. First").
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const pieces: { start: number; end: number }[] = [];
  for (const part of sentenceSegmenter.segment(text)) {
    // Intl.Segmenter ends a sentence after a line break; a break inside a segment splits it too.
    let from = part.index;
    const to = part.index + part.segment.length;
    for (let i = from; i < to; i++) {
      if (text[i] === '\n') {
        pieces.push({ start: from, end: i + 1 });
        from = i + 1;
      }
    }
    if (from < to) pieces.push({ start: from, end: to });
  }
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && endsOpen(text.slice(last.start, last.end), text.slice(piece.start, piece.end))) {
      last.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  const spans: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const piece = text.slice(start, end);
    const body = piece.trim();
    if (body === '') continue;
    const lead = piece.length - piece.trimStart().length;
    spans.push({ start: start + lead, end: start + lead + body.length, text: body });
  }
  return spans;
}

/** The sentences of a text, trimmed, empty ones dropped; full-width 。！？ end a sentence too. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((span) => span.text);
}

/** True when the sentence ends as a sentence should (a model stops mid-sentence at its token limit). */
export function isFinished(sentence: string): boolean {
  return /[.!?…。！？]["'”’)）」]*$/.test(sentence.trim());
}

/** Folds accents and case, and full-width forms: "Crème" → "creme", "ＡＢＣ" → "abc". */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** The text without its bracketed asides, half- or full-width: "2段（6-12个月）" → "2段". */
export function withoutAsides(text: string): string {
  return text.replace(/[(（][^)）]*[)）]/gu, '').trim();
}

const HAN = /\p{Script=Han}/u;

/** Whether the text has a Chinese (Han) character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Matching terms of a text: its Latin words and numbers (folded, "t-shirt" as "tshirt"), and for each
 * run of Chinese characters every character and every pair of neighbours. Node's ICU splits 华为 into
 * 华|为 and 笔记本 into 笔记|本, so Chinese is matched by characters and bigrams, and a brand in a title
 * ("华为") is always found by a query that writes it.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      out.push(run[i] ?? '');
      if (i + 1 < run.length) out.push(`${run[i] ?? ''}${run[i + 1] ?? ''}`);
    }
    run = [];
  };
  const folded = foldText(text).replace(/(\p{L})[-'’](\p{L})/gu, '$1$2');
  for (const part of wordSegmenter.segment(folded)) {
    // A Chinese run goes on across the segmenter's splits (华|为) and ends at anything that is not Chinese.
    if (!part.isWordLike || !HAN.test(part.segment)) flush();
    if (!part.isWordLike) continue;
    if (!HAN.test(part.segment)) {
      out.push(part.segment);
      continue;
    }
    for (const char of part.segment) {
      if (HAN.test(char)) run.push(char);
      else flush();
    }
  }
  flush();
  return out;
}
