import { words } from '../../src/core/text/segment.ts';

/** Precision, recall and F1 of one ROUGE measure. */
export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/**
 * ROUGE over the shared segmenter's words (lower-cased, punctuation dropped, no stemming, no stop-word
 * removal). ROUGE-N counts clipped n-gram matches; ROUGE-L is the longest common subsequence of the whole
 * texts taken as one sequence each (the "rougeL" of Lin 2004 and of Google's rouge-score, not "rougeLsum").
 */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = words(candidate);
  const r = words(reference);
  return { rouge1: ngramScore(c, r, 1), rouge2: ngramScore(c, r, 2), rougeL: lcsScore(c, r) };
}

/** The mean of each measure's F over several references, as FewSum reports a summary against its three. */
export function meanRougeF(
  candidate: string,
  references: readonly string[],
): Record<keyof RougeScores, number> {
  const scores = references.map((reference) => rouge(candidate, reference));
  const mean = (key: keyof RougeScores) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s[key].f, 0) / scores.length;
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}

function ngramScore(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const have = ngrams(candidate, n);
  const want = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of have) overlap += Math.min(count, want.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsScore(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** Length of the longest common subsequence, in one row of memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f };
}
