import type { TurnScore } from './scorer.ts';
import type { AskAnswer } from './types.ts';

/** A share: how many of how many. */
export interface Tally {
  hits: number;
  total: number;
}

/** One mode's results over the whole set. */
export interface ModeSummary {
  conversations: number;
  turns: number;
  answerAccuracy: Tally;
  intentAccuracy: Tally;
  /** Prices and numbers no product or store fact backs, summed over all answers. */
  inventedFacts: number;
  /** "Don't know" said exactly when due, over every turn that does not decline. */
  dontKnow: Tally;
  /** "Don't know" said, over the turns where it was due. */
  dontKnowSaid: Tally;
  /** "Don't know" not said, over the turns where an answer was due. */
  dontKnowAvoided: Tally;
  medianFirstCardMs: number;
  medianLastTokenMs: number;
  /** Answer accuracy per category (the conversation id without its number: "price-03" is "price"). */
  byCategory: Record<string, Tally>;
}

function tally(values: (boolean | undefined)[]): Tally {
  const counted = values.filter((v): v is boolean => v !== undefined);
  return { hits: counted.filter(Boolean).length, total: counted.length };
}

/** The median of the finite, non-negative values; NaN when there are none. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v) && v >= 0).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The category of a conversation id: "followup-02" → "followup". */
export function categoryOf(id: string): string {
  return id.replace(/[-_]?\d+$/, '') || id;
}

/** Sums the turn scores and timings of one mode. */
export function summarise(scores: TurnScore[], answers: AskAnswer[]): ModeSummary {
  const byCategory: Record<string, Tally> = {};
  for (const score of scores) {
    const entry = (byCategory[categoryOf(score.conversation)] ??= { hits: 0, total: 0 });
    entry.total++;
    if (score.passed) entry.hits++;
  }
  return {
    conversations: new Set(scores.map((s) => s.conversation)).size,
    turns: scores.length,
    answerAccuracy: tally(scores.map((s) => s.passed)),
    intentAccuracy: tally(scores.map((s) => s.intentCorrect)),
    inventedFacts: scores.reduce((sum, s) => sum + s.invented.length, 0),
    dontKnow: tally(scores.map((s) => s.dontKnowCorrect)),
    dontKnowSaid: tally(scores.map((s) => s.dontKnowSaid)),
    dontKnowAvoided: tally(scores.map((s) => s.dontKnowAvoided)),
    medianFirstCardMs: median(answers.map((a) => a.firstCardMs)),
    medianLastTokenMs: median(answers.map((a) => a.lastTokenMs)),
    byCategory,
  };
}
