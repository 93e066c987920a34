import { yieldToEventLoop } from '../runtime/yield.ts';
import { sentenceSpans } from '../text/segment.ts';
import type { CompareTable } from './flows/compare-table.ts';
import type { Violation } from './grounding/checker.ts';
import type { Intent } from './understand/turn.ts';

/** A product card under an answer, with the one-line reason it was picked. */
export interface AnswerCard {
  id: string;
  reason: string;
}

/** One answer of the assistant. Cards, prices and tables come from catalog data, never from model text. */
export interface AssistantAnswer {
  text: string;
  intent: Intent;
  /** The language the answer is written in. */
  locale: 'en' | 'zh';
  cards: AnswerCard[];
  compare?: CompareTable;
  /** True when the catalog did not hold the answer and the assistant said so. */
  dontKnow: boolean;
  /** Whether the language model phrased any of the text. */
  usedModel: boolean;
  /** What the fact checker corrected or removed from the model's text. */
  violations: Violation[];
  /** Milliseconds from the question to the cards, and to the last word. */
  firstCardMs: number;
  lastTokenMs: number;
}

/** Where a reply goes while it is put together: cards as soon as they are known, then text. */
export interface ReplySink {
  onCards?: (cards: AnswerCard[], compare?: CompareTable) => void;
  onText?: (text: string) => void;
  signal?: AbortSignal;
}

/** One answer being put together: cards first, then text, with its timings. */
export class ReplyBuilder {
  dontKnow = false;
  usedModel = false;
  readonly violations: Violation[] = [];
  private shownCards: AnswerCard[] = [];
  private table: CompareTable | undefined;
  private firstCardMs: number | undefined;
  /** Whether text already went out while it was written (the model's checked sentences). */
  private streamed = false;

  constructor(
    readonly intent: Intent,
    readonly locale: 'en' | 'zh',
    private readonly started: number,
    private readonly sink: ReplySink,
  ) {}

  get signal(): AbortSignal | undefined {
    return this.sink.signal;
  }

  cards(cards: AnswerCard[], table?: CompareTable): void {
    this.shownCards = cards;
    this.table = table;
    this.firstCardMs ??= performance.now() - this.started;
    this.sink.onCards?.(cards, table);
  }

  /** The text so far, every sentence of it checked. */
  text(text: string): void {
    this.streamed = true;
    this.sink.onText?.(text);
  }

  /**
   * The whole answer; `unknown` marks it as the assistant saying it does not know. An answer composed
   * whole (from the message catalogs and catalog data, so already checked) that nothing streamed before
   * goes out sentence by sentence, as the model's answers do, with a turn of the event loop between, so
   * a stop lands between two sentences; the screen and a screen reader take it in as it grows.
   */
  async finish(text: string, unknown = false): Promise<AssistantAnswer> {
    if (unknown) this.dontKnow = true;
    if (!this.streamed) await this.inSentences(text);
    this.sink.onText?.(text);
    const lastTokenMs = performance.now() - this.started;
    return {
      text,
      intent: this.intent,
      locale: this.locale,
      cards: this.shownCards,
      compare: this.table,
      dontKnow: this.dontKnow,
      usedModel: this.usedModel,
      violations: this.violations,
      firstCardMs: this.firstCardMs ?? lastTokenMs,
      lastTokenMs,
    };
  }

  /** Every sentence but the last as a growing prefix of `text` (finish sends the whole text after). */
  private async inSentences(text: string): Promise<void> {
    if (!this.sink.onText) return;
    for (const span of sentenceSpans(text).slice(0, -1)) {
      if (this.sink.signal?.aborted) return;
      this.sink.onText(text.slice(0, span.end));
      await yieldToEventLoop();
    }
  }
}
