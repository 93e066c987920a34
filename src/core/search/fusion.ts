import type { ScoredPosition } from './lexical-index.ts';

/** The usual constant for reciprocal-rank fusion: damps the difference between the first few ranks. */
const RRF_K = 60;

/**
 * Reciprocal-rank fusion: each list contributes weight / (k + rank) for every item it ranks, so items
 * that both retrievers rank well come first without comparing their incomparable raw scores.
 */
export function fuseRankings(lists: readonly { hits: ScoredPosition[]; weight: number }[]): ScoredPosition[] {
  const fused = new Map<number, number>();
  for (const { hits, weight } of lists)
    hits.forEach((hit, rank) => {
      fused.set(hit.position, (fused.get(hit.position) ?? 0) + weight / (RRF_K + rank + 1));
    });
  return [...fused]
    .map(([position, score]) => ({ position, score }))
    .sort((a, b) => b.score - a.score || a.position - b.position);
}
