import { splitSentences as sentenceSpans } from '../sentences.ts';

/** Splits prose into sentences, each with its end mark (the assistant's splitter, texts only). */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => span.text);
}

/** True when the sentence ends as a sentence should (the model stops mid-sentence at its token limit). */
export function isFinished(sentence: string): boolean {
  return /[.!?…]["'”’)]*$/.test(sentence.trim());
}
