import type { Product, StoreProfile } from '../catalog/types.ts';
import type { AssistantEngine } from '../runtime/engine.ts';
import { unsupportedClaims } from './describe/claims.ts';
import { checkAnswer, type Violation } from './fact-check.ts';
import { searchTerms } from '../search/terms.ts';
import { splitSentences } from './sentences.ts';

export interface PhrasingRequest {
  /** Verified fact lines the model may use, e.g. "Price: $9.99". */
  facts: string[];
  /** What the model should write, in one plain instruction. */
  task: string;
  /** The products the facts are about (what prices and names may refer to). */
  products: Product[];
  store: StoreProfile;
  /** Other verified text the answer may contain (policy sentences). */
  extraFacts?: string[];
  maxSentences?: number;
}

/** Share of a sentence's content words that must occur in the facts for it to count as grounded. */
const MIN_GROUNDED_SHARE = 0.7;

/**
 * How much of a sentence is made of the facts' own words. A small model pads answers with plausible
 * detail ("tested extensively", "comes in red and blue"); such a sentence is mostly words the facts lack.
 */
export function groundedShare(sentence: string, factsText: string): number {
  const known = new Set(searchTerms(factsText));
  const content = searchTerms(sentence).filter((term) => term.length >= 4);
  if (content.length === 0) return 1;
  return content.filter((term) => known.has(term)).length / content.length;
}

export interface PhrasedText {
  text: string;
  violations: Violation[];
  dropped: string[];
}

/**
 * Sentences that talk about the conversation instead of the product ("Based on the information
 * provided", "I'm sorry for your loss"): a small model's filler, never an answer.
 */
const FILLER =
  /\b(based on (the|this) information|in this scenario|the answer is|as an ai|i'm sorry for|i would suggest|the facts|the shopper|happy shopping)\b|[\u{1F300}-\u{1FAFF}]/iu;

/**
 * Lets the language model phrase a short answer from verified facts, one checked sentence at a time:
 * a sentence reaches `onSentence` only once it is complete and every price, number, brand and product
 * name in it is backed by the facts (a wrong price is corrected; anything else unbacked is dropped).
 */
export async function phraseWithModel(
  engine: AssistantEngine,
  request: PhrasingRequest,
  catalog: { products: Product[] },
  options: { onSentence?: (text: string) => void; signal?: AbortSignal } = {},
): Promise<PhrasedText> {
  const maxSentences = request.maxSentences ?? 2;
  const sheet = { products: request.products, store: request.store, extraFacts: request.extraFacts };
  // One plain user message: the 135M model follows it better than a system prompt (tried both).
  const user = `Product facts:\n${request.facts.map((line) => `- ${line}`).join('\n')}\n\n${request.task}`;
  const productText = [...request.facts, ...(request.extraFacts ?? [])].join(' ');
  const kept: string[] = [];
  const violations: Violation[] = [];
  const dropped: string[] = [];
  let pending = '';
  const stopEarly = new AbortController();
  const forward = () => stopEarly.abort();
  options.signal?.addEventListener('abort', forward, { once: true });

  const accept = (sentence: string) => {
    const trimmed = sentence.trim();
    if (trimmed.length < 2 || kept.length >= maxSentences) return;
    const ungrounded = groundedShare(trimmed, productText) < MIN_GROUNDED_SHARE;
    if (ungrounded || FILLER.test(trimmed) || unsupportedClaims(trimmed, productText).length > 0) {
      dropped.push(trimmed);
      return;
    }
    const checked = checkAnswer(trimmed, sheet, catalog);
    violations.push(...checked.violations);
    dropped.push(...checked.dropped);
    const text = checked.text.trim();
    if (text.length === 0 || kept.includes(text)) return;
    kept.push(text);
    options.onSentence?.(kept.join(' '));
    if (kept.length >= maxSentences) stopEarly.abort();
  };

  try {
    const stream = engine.stream(
      { messages: [{ role: 'user', content: user }] },
      {
        maxNewTokens: 40 * maxSentences,
        temperature: 0,
        repetitionPenalty: 1.15,
        stop: ['\n\n'],
        signal: stopEarly.signal,
      },
    );
    for (;;) {
      const step = await stream.next();
      if (step.done) break;
      pending += step.value.text;
      const spans = splitSentences(pending);
      // Every span but the last is complete; the last may still be growing.
      while (spans.length > 1) {
        const span = spans.shift();
        if (span) accept(pending.slice(span.start, span.end));
      }
      const last = spans[0];
      if (last) pending = pending.slice(last.start);
    }
    // The final sentence counts only if it ended properly: a cut-off sentence is not shown.
    if (!options.signal?.aborted && /[.!?]["')\]]?\s*$/.test(pending)) accept(pending);
  } finally {
    options.signal?.removeEventListener('abort', forward);
  }
  options.signal?.throwIfAborted();
  return { text: kept.join(' '), violations, dropped };
}
