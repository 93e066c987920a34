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

  text(text: string): void {
    this.sink.onText?.(text);
  }

  /** The whole answer; `unknown` marks it as the assistant saying it does not know. */
  finish(text: string, unknown = false): AssistantAnswer {
    if (unknown) this.dontKnow = true;
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
}
