import { readFile } from 'node:fs/promises';
import type { Review } from '../../src/core/catalog/types.ts';

/** One FewSum product: its 8 reviews with ratings and the 3 summaries people wrote of them. */
export interface FewSumProduct {
  category: string;
  id: string;
  reviews: Review[];
  references: string[];
}

export type FewSumSplit = 'train' | 'val';

/** Where the data lives on development machines; CI has no copy, so the eval is not part of `npm test`. */
export const FEWSUM_DIR = '/work/shared/data/reviews/fewsum-amazon';

/**
 * Reads a split: tab-separated, a header line, and fields that hold a double quote written CSV-style
 * ("" inside a field wrapped in quotes).
 */
export async function readFewSum(split: FewSumSplit, dir = FEWSUM_DIR): Promise<FewSumProduct[]> {
  const text = await readFile(`${dir}/${split}.csv`, 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  const column = (cells: string[], name: string) => unquote(cells[columns.indexOf(name)] ?? '');
  return lines.map((line) => {
    const cells = line.split('\t');
    const reviews = Array.from({ length: 8 }, (_, i) => ({
      text: column(cells, `rev${i + 1}`),
      rating: Number(column(cells, `rating${i + 1}`)),
    }));
    return {
      category: column(cells, 'cat'),
      id: column(cells, 'group_id'),
      reviews,
      references: ['summ1', 'summ2', 'summ3'].map((name) => column(cells, name)),
    };
  });
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
    return trimmed.slice(1, -1).replace(/""/g, '"');
  return trimmed;
}
