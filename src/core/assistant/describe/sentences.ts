/**
 * Splits prose into sentences, each with its end mark. A point between digits ("4.5") or after a single
 * capital ("J. Smith") does not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["'”’)]*(?=\s|$)|\n+/g)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index);
    if (match[0].startsWith('.') && /(?:^|\s)\p{Lu}$/u.test(before)) continue;
    pushTrimmed(sentences, text.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

/** True when the sentence ends as a sentence should (the model stops mid-sentence at its token limit). */
export function isFinished(sentence: string): boolean {
  return /[.!?…]["'”’)]*$/.test(sentence.trim());
}

function pushTrimmed(list: string[], piece: string): void {
  const trimmed = piece.trim();
  if (trimmed) list.push(trimmed);
}
