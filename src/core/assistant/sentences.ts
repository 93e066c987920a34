/** One sentence of a text, located by offsets so a checker can drop or rewrite it and keep the rest as written. */
export interface SentenceSpan {
  start: number;
  /** Offset past the sentence's last character, before the whitespace that follows it. */
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence ("e.g.", "Furniture Co.", "approx."). */
const ABBREVIATIONS = new Set(
  'e.g i.e vs approx incl excl mr mrs ms dr st co inc ltd corp jr sr dept'.split(' '),
);

function endsWithAbbreviation(text: string, dotAt: number): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dotAt - 12), dotAt))?.[1];
  if (word === undefined) return false;
  // "No. 5" numbers something; "the answer is no." ends a sentence.
  if (/^(no|nr)$/i.test(word)) return /^\s*\d/.test(text.slice(dotAt + 1));
  // A single capital letter ("J. Smith", "U.S.") is an initial, not the end of a sentence.
  return (
    ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)
  );
}

/**
 * Splits text into sentences at ".", "!", "?" followed by a space and a new sentence, and at line breaks
 * (lists), without breaking "$9.99", "e.g.", "4.5" or a list marker such as "1.".
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body !== '') spans.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = i + 1;
    while (end < text.length && /[.!?"'”’)\]]/.test(text[end] ?? '')) end++;
    const next = text.slice(end, end + 3);
    if (end < text.length && !/^\s+\S?/.test(next)) continue;
    if (end < text.length && /^\s+[a-z]/.test(next)) continue;
    if (char === '.' && endsWithAbbreviation(text, i)) continue;
    // "1. " at the start of a line is a list marker.
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (char === '.' && /^\s*\d{1,2}$/.test(text.slice(lineStart, i))) continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
