import type { Product } from '../../catalog/types.ts';
import type { AssistantEngine } from '../../runtime/engine.ts';
import {
  checkedStream,
  type StreamEvent,
  type StreamProgress,
  type StreamResult,
} from '../grounding/checked-stream.ts';
import { describeMessages } from './describe-prompt.ts';
import { descriptionChecker, type DroppedSentence } from './fact-check.ts';
import { LENGTH_PLAN, type DescriptionLength, type DescriptionTone } from './options.ts';
import { productFacts } from './product-facts.ts';
import { templateDescription } from './template-description.ts';

export type { StreamProgress as DescriptionProgress } from '../grounding/checked-stream.ts';
/** What the description stream yields: progress after every token, with the sentence when one was kept. */
export type DescriptionEvent = StreamEvent;

export interface DescribeOptions {
  length?: DescriptionLength;
  tone?: DescriptionTone;
  /** 0 is greedy; the default 0.5 varies the wording without losing the thread. */
  temperature?: number;
  /** Same seed and settings, same text; regenerate with a new seed. */
  seed?: number;
  signal?: AbortSignal;
  /** Called after every token the model writes, for a progress bar: tokens of the budget, sentences kept and dropped. */
  onProgress?: (progress: StreamProgress) => void;
}

export interface DescriptionResult {
  text: string;
  /** 'template' when too little of the model's text kept to the data (or the model was stopped early). */
  source: 'model' | 'template';
  /** What the fact check removed, and why. */
  dropped: DroppedSentence[];
  seed: number;
}

export const DEFAULT_TEMPERATURE = 0.5;
export const DEFAULT_SEED = 1;

/**
 * Writes a description of the product with the language model, one checked sentence at a time: each
 * sentence is yielded only once it is complete and keeps to the product's data, so no invented number,
 * unit, name or claim ever reaches the screen, and the first one shows while the rest is written. Every
 * step carries progress (tokens written of the budget, sentences kept and dropped). The return value is
 * the final text, which is the template description when too little of the model's text survives.
 */
export async function* describeStream(
  engine: AssistantEngine,
  product: Product,
  options: DescribeOptions = {},
): AsyncGenerator<DescriptionEvent, DescriptionResult> {
  const {
    length = 'medium',
    tone = 'friendly',
    temperature = DEFAULT_TEMPERATURE,
    seed = DEFAULT_SEED,
  } = options;
  const facts = productFacts(product);
  const plan = LENGTH_PLAN[length];
  // Generation stops early once enough sentences are kept, or when the shopper's signal fires.
  const enough = new AbortController();
  const stopOnOuter = () => enough.abort();
  options.signal?.addEventListener('abort', stopOnOuter);
  if (options.signal?.aborted) enough.abort();
  const checker = descriptionChecker(facts);
  let result: StreamResult | undefined;
  try {
    const tokens = engine.stream(
      { messages: describeMessages(facts, length, tone) },
      {
        temperature,
        seed,
        topK: 40,
        topP: 0.9,
        repetitionPenalty: 1.1,
        maxNewTokens: plan.maxNewTokens,
        signal: enough.signal,
      },
    );
    const stream = checkedStream(tokens, {
      check: checker.check,
      maxSentences: plan.sentences,
      maxTokens: plan.maxNewTokens,
      stop: enough,
      clean: cleanSentence,
      requireFinished: 'all',
      stopAtBlankLine: true,
    });
    for (;;) {
      const step = await stream.next();
      if (step.done) {
        result = step.value;
        break;
      }
      options.onProgress?.(step.value.progress);
      yield step.value;
    }
  } finally {
    options.signal?.removeEventListener('abort', stopOnOuter);
  }
  const kept = result?.kept ?? [];
  const dropped: DroppedSentence[] = result?.dropped ?? [];
  const text = kept.join(' ');
  if (options.signal?.aborted) return { text, source: 'model', dropped, seed };
  if (enoughText(kept, plan.sentences)) return { text, source: 'model', dropped, seed };
  return { text: templateDescription(facts, length, tone), source: 'template', dropped, seed };
}

/** The sentences-only form of `describeStream`: yields each kept sentence (progress via `onProgress`). */
export async function* streamDescription(
  engine: AssistantEngine,
  product: Product,
  options: DescribeOptions = {},
): AsyncGenerator<string, DescriptionResult> {
  const stream = describeStream(engine, product, options);
  for (;;) {
    const step = await stream.next();
    if (step.done) return step.value;
    if (step.value.sentence !== undefined) yield step.value.sentence;
  }
}

/** The callback-free form: the whole description at once. */
export async function describeProduct(
  engine: AssistantEngine,
  product: Product,
  options: DescribeOptions = {},
): Promise<DescriptionResult> {
  const stream = describeStream(engine, product, options);
  for (;;) {
    const step = await stream.next();
    if (step.done) return step.value;
  }
}

/** At least half the sentences asked for, and more than a fragment. */
function enoughText(kept: readonly string[], wanted: number): boolean {
  return kept.length >= Math.ceil(wanted / 2) && kept.join(' ').length >= 40;
}

/** Markdown marks and "Description:"-style labels off; a bare list number or heading is left for the check. */
function cleanSentence(raw: string): string {
  return raw
    .replace(/[*_#`]+/g, '')
    .replace(/^\s*(?:[-•]\s+)/, '')
    .replace(/^[\p{L} ]{1,30}:\s+(?=\p{Lu})/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
