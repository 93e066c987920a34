import type { Product, StoreProfile } from '../../catalog/types.ts';
import type { AssistantEngine } from '../../runtime/engine.ts';
import { checkedStream, type StreamProgress } from './checked-stream.ts';
import { factChecker, type GroundingRule, type Violation } from './checker.ts';

export { groundedShare } from './checker.ts';

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

/** An answer is held to every rule: its words, numbers and names all come from the fact lines. */
const PHRASING_RULES: readonly GroundingRule[] = [
  'grounding',
  'filler',
  'claims',
  'prices',
  'numbers',
  'names',
];

/** The kinds of violation an answer reports (the others only drop their sentence). */
const REPORTED: ReadonlySet<Violation['kind']> = new Set(['price', 'number', 'brand', 'product-name']);

export interface PhrasedText {
  text: string;
  violations: Violation[];
  dropped: string[];
}

/**
 * Lets the language model phrase a short answer from verified facts, one checked sentence at a time:
 * a sentence reaches `onSentence` only once it is complete and every price, number, brand and product
 * name in it is backed by the facts (a wrong price is corrected; anything else unbacked is dropped).
 */
export async function phraseWithModel(
  engine: AssistantEngine,
  request: PhrasingRequest,
  catalog: { products: Product[] },
  options: {
    onSentence?: (text: string) => void;
    onProgress?: (progress: StreamProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<PhrasedText> {
  const maxSentences = request.maxSentences ?? 2;
  const maxTokens = 40 * maxSentences;
  const sheet = { products: request.products, store: request.store, extraFacts: request.extraFacts };
  // One plain user message: the 135M model follows it better than a system prompt (tried both).
  const user = `Product facts:\n${request.facts.map((line) => `- ${line}`).join('\n')}\n\n${request.task}`;
  const checker = factChecker(sheet, {
    rules: PHRASING_RULES,
    catalog,
    groundingText: [...request.facts, ...(request.extraFacts ?? [])].join(' '),
    minGroundedShare: MIN_GROUNDED_SHARE,
    fixPrices: true,
  });
  const stop = new AbortController();
  const forward = () => stop.abort();
  options.signal?.addEventListener('abort', forward, { once: true });
  const kept: string[] = [];
  try {
    const tokens = engine.stream(
      { messages: [{ role: 'user', content: user }] },
      {
        maxNewTokens: maxTokens,
        temperature: 0,
        repetitionPenalty: 1.15,
        stop: ['\n\n'],
        signal: stop.signal,
      },
    );
    const stream = checkedStream(tokens, {
      check: checker.check,
      maxSentences,
      maxTokens,
      stop,
      signal: options.signal,
      requireFinished: 'last',
    });
    for (;;) {
      const step = await stream.next();
      if (step.done) {
        options.signal?.throwIfAborted();
        return {
          text: step.value.kept.join(' '),
          violations: step.value.violations.filter((v) => REPORTED.has(v.kind)),
          dropped: step.value.dropped.map((d) => d.sentence),
        };
      }
      options.onProgress?.(step.value.progress);
      if (step.value.sentence !== undefined) {
        kept.push(step.value.sentence);
        options.onSentence?.(kept.join(' '));
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', forward);
  }
}
