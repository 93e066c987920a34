import { sentences, words } from '../../src/core/text/segment.ts';

/** How sentences are weighed against the centroid: raw word counts, or counts times inverse sentence frequency. */
export type CentroidWeighting = 'tf' | 'tfidf';

/**
 * The extractive baseline: every review sentence as a bag of words, the centroid of them all, and the
 * sentences nearest it (cosine) taken in that order until the summary holds `budget` words, then put back
 * in the order they came in the reviews. A sentence already covered (cosine over 0.8 with a chosen one) is
 * skipped, so the baseline does not repeat itself.
 */
export function centroidSummary(
  reviews: readonly string[],
  options: { budget: number; weighting: CentroidWeighting },
): string {
  const all = reviews.flatMap((text) => sentences(text)).map((text) => ({ text, bag: bagOf(words(text)) }));
  const documentFrequency = new Map<string, number>();
  for (const { bag } of all)
    for (const word of bag.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const weigh = (bag: Map<string, number>) => {
    if (options.weighting === 'tf') return bag;
    const out = new Map<string, number>();
    for (const [word, count] of bag)
      out.set(word, count * Math.log(1 + all.length / (documentFrequency.get(word) ?? 1)));
    return out;
  };
  const vectors = all.map(({ bag }) => weigh(bag));
  const centroid = new Map<string, number>();
  for (const vector of vectors)
    for (const [word, value] of vector) centroid.set(word, (centroid.get(word) ?? 0) + value);
  const ranked = all
    .map((sentence, index) => ({
      index,
      sentence,
      similarity: cosine(vectors[index] ?? new Map(), centroid),
    }))
    .sort((a, b) => b.similarity - a.similarity);
  const chosen: typeof ranked = [];
  let length = 0;
  for (const candidate of ranked) {
    if (length >= options.budget) break;
    const vector = vectors[candidate.index] ?? new Map<string, number>();
    if (chosen.some((c) => cosine(vectors[c.index] ?? new Map(), vector) > 0.8)) continue;
    chosen.push(candidate);
    length += words(candidate.sentence.text).length;
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.sentence.text)
    .join(' ');
}

function bagOf(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of tokens) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [word, value] of a) dot += value * (b.get(word) ?? 0);
  const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}
