import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../cli/io.ts';
import { readRelevanceSet } from '../../eval/search/relevance.ts';

// The Chinese and cross-language relevance sets of `npm run eval:search:languages`.
const SETS = [
  { file: 'relevance-zh.jsonl', catalog: 'eval/catalogs/zh/products.json' },
  { file: 'relevance-cross.jsonl', catalog: 'public/catalog/products.json' },
];

describe.each(SETS)('the $file relevance set', ({ file, catalog: path }) => {
  it('has at least 30 Chinese queries, each naming products its catalog has', async () => {
    const cases = await readRelevanceSet(new URL(`../../eval/search/${file}`, import.meta.url));
    const { catalog } = await readCatalogFile(path);
    const ids = new Set(catalog.products.map((product) => product.id));
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const item of cases) {
      expect(item.query).toMatch(/\p{Script=Han}/u);
      expect(item.relevant.length).toBeGreaterThan(0);
      expect(item.relevant.filter((id) => !ids.has(id))).toEqual([]);
    }
  });
});
