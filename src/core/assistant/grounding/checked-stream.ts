import type { TokenChunk } from '../../runtime/language-model.ts';
import { isFinished, sentenceSpans } from '../../text/segment.ts';
import { violationReason, type SentenceVerdict, type Violation } from './checker.ts';

/**
 * The one loop for every place the model writes: model tokens → sentences → check → emit or drop. A
 * sentence is shown only once it is complete and the checker keeps it, so nothing unchecked reaches the
 * screen; the first kept sentence is shown while the rest is still being written.
 */

/** How far the writing has got, for a progress bar instead of "…". */
export interface StreamProgress {
  /** Tokens the model has written so far. */
  tokens: number;
  /** The model's token budget: writing stops there at the latest. */
  maxTokens: number;
  /** Sentences shown so far, and how many are wanted (writing stops early once there are enough). */
  kept: number;
  wanted: number;
  /** Sentences the check removed so far. */
  dropped: number;
}

/** What the stream yields: a progress step after every token, with the sentence when one was kept. */
export interface StreamEvent {
  /** The sentence just kept, as it is to be shown; absent on a progress-only step. */
  sentence?: string;
  progress: StreamProgress;
}

/** A sentence the check removed, and why, for staff who want to see what the model tried to say. */
export interface DroppedSentence {
  sentence: string;
  reason: string;
}

export interface StreamResult {
  kept: string[];
  dropped: DroppedSentence[];
  violations: Violation[];
  progress: StreamProgress;
}

export interface CheckedStreamOptions {
  check: (sentence: string) => SentenceVerdict;
  maxSentences: number;
  maxTokens: number;
  /** Aborted by the stream once enough sentences are kept; pass its signal to the model. */
  stop: AbortController;
  /** The caller's signal: when it fires, the unfinished rest is not checked. */
  signal?: AbortSignal;
  /** Tidies a raw sentence before the check (markdown marks, "Description:" labels). */
  clean?: (sentence: string) => string;
  /** 'all': every sentence must end as a sentence does (prose); 'last': only the final one (answers, lists). */
  requireFinished?: 'all' | 'last';
  /** A blank line after a kept sentence starts the model's afterthoughts ("Key features: ..."): stop there. */
  stopAtBlankLine?: boolean;
}

/** Runs the model's tokens through the checker, yielding progress and every kept sentence. */
export async function* checkedStream(
  tokens: AsyncIterator<TokenChunk, unknown>,
  options: CheckedStreamOptions,
): AsyncGenerator<StreamEvent, StreamResult> {
  const kept: string[] = [];
  const dropped: DroppedSentence[] = [];
  const violations: Violation[] = [];
  const progress: StreamProgress = {
    tokens: 0,
    maxTokens: options.maxTokens,
    kept: 0,
    wanted: options.maxSentences,
    dropped: 0,
  };
  const snapshot = (): StreamProgress => ({ ...progress, kept: kept.length, dropped: dropped.length });

  /** Checks one sentence; returns the text to show when it is kept. */
  const accept = (raw: string, last: boolean): string | undefined => {
    const sentence = (options.clean ? options.clean(raw) : raw).trim();
    if (sentence.length < 2 || kept.length >= options.maxSentences) return undefined;
    const mustFinish = options.requireFinished === 'all' || last;
    if (mustFinish && !isFinished(sentence)) {
      dropped.push({ sentence, reason: 'it is unfinished' });
      return undefined;
    }
    if (kept.some((k) => k.toLowerCase() === sentence.toLowerCase())) {
      dropped.push({ sentence, reason: 'it repeats an earlier sentence' });
      return undefined;
    }
    const verdict = options.check(sentence);
    violations.push(...verdict.violations);
    const text = verdict.text?.trim();
    if (text === undefined || text === '') {
      const first = verdict.violations[0];
      dropped.push({ sentence, reason: first ? violationReason(first) : 'it states nothing' });
      return undefined;
    }
    if (kept.includes(text)) return undefined;
    kept.push(text);
    if (kept.length >= options.maxSentences) options.stop.abort();
    return text;
  };

  let pending = '';
  for (;;) {
    const step = await tokens.next();
    if (step.done) break;
    progress.tokens += 1;
    pending += step.value.text;
    const spans = sentenceSpans(pending);
    // Every span but the last is complete; the last may still be growing.
    const shown: string[] = [];
    while (spans.length > 1) {
      const span = spans.shift();
      const text = span ? accept(span.text, false) : undefined;
      if (text !== undefined) shown.push(text);
    }
    const last = spans[0];
    const blankLine = /\n\s*\n/.test(pending);
    pending = last ? pending.slice(last.start) : '';
    if (options.stopAtBlankLine && kept.length > 0 && blankLine) options.stop.abort();
    if (shown.length === 0) yield { progress: snapshot() };
    for (const sentence of shown) yield { sentence, progress: snapshot() };
  }
  if (!options.signal?.aborted) {
    const rest = sentenceSpans(pending);
    for (const [i, span] of rest.entries()) {
      const text = accept(span.text, i === rest.length - 1);
      if (text !== undefined) yield { sentence: text, progress: snapshot() };
    }
  }
  return { kept, dropped, violations, progress: snapshot() };
}
