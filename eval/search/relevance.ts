import { readFile } from 'node:fs/promises';
import type { ProductSearch, SearchMode } from '../../src/core/search/index.ts';

/** One line of the relevance set: a shopper's query and the products a good answer includes. */
export interface RelevanceCase {
  id: string;
  query: string;
  relevant: string[];
}

export const RELEVANCE_SET = new URL('./relevance.jsonl', import.meta.url);

export async function readRelevanceSet(path: URL | string = RELEVANCE_SET): Promise<RelevanceCase[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RelevanceCase);
}

/**
 * recall@k for one query: the share of its relevant products found in the top k. When more than k
 * products are relevant, finding any k of them counts as complete.
 */
export function recallAtK(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  const found = relevant.filter((id) => top.has(id)).length;
  return found / Math.min(k, relevant.length);
}

export interface RecallReport {
  mode: SearchMode;
  recall: number;
  perQuery: { id: string; query: string; recall: number }[];
}

/** Mean recall@k of a search mode over the set. */
export async function measureRecall(
  search: ProductSearch,
  cases: readonly RelevanceCase[],
  mode: SearchMode,
  k = 10,
): Promise<RecallReport> {
  const perQuery: RecallReport['perQuery'] = [];
  for (const item of cases) {
    const result = await search.search(item.query, { k, mode });
    const ids = result.hits.map((hit) => hit.product.id);
    perQuery.push({ id: item.id, query: item.query, recall: recallAtK(ids, item.relevant, k) });
  }
  const recall = perQuery.reduce((sum, row) => sum + row.recall, 0) / Math.max(1, perQuery.length);
  return { mode, recall, perQuery };
}
