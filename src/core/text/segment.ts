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

/** The sentences of a text, trimmed, empty ones dropped; full-width 。！？ end a sentence too. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of sentenceSegmenter.segment(text)) {
    const sentence = part.segment.trim();
    if (sentence) out.push(sentence);
  }
  return out;
}
