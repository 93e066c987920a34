import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCommand } from '../../cli/commands/index.ts';
import { searchCommand } from '../../cli/commands/search.ts';
import { readCatalogFile } from '../../cli/io.ts';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import { createProductSearch, type ProductSearch } from '../../src/core/search/index.ts';
import { measureRecall, readRelevanceSet } from '../../eval/search/relevance.ts';
import { loadShippedEngine } from '../models/engine.ts';

const DEMO = 'public/catalog/products.json';

describe('search over the demo catalog with the shipped embedder', () => {
  let engine: InProcessEngine;
  let search: ProductSearch;

  beforeAll(async () => {
    engine = await loadShippedEngine();
    const { catalog } = await readCatalogFile(DEMO);
    search = await createProductSearch(catalog, { embed: (texts, kind) => engine.embed(texts, { kind }) });
  }, 60_000);
  afterAll(() => engine.dispose());

  it('hybrid recall@10 beats lexical-only and dense-only on the relevance set', async () => {
    const cases = await readRelevanceSet();
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const [lexical, dense, hybrid] = await Promise.all(
      (['lexical', 'dense', 'hybrid'] as const).map((mode) => measureRecall(search, cases, mode)),
    );
    expect(hybrid?.recall).toBeGreaterThan(lexical?.recall ?? 1);
    expect(hybrid?.recall).toBeGreaterThan(dense?.recall ?? 1);
  }, 60_000);

  it('finds by meaning what shares no word with the query', async () => {
    const result = await search.search('pet food');
    expect(
      result.hits
        .slice(0, 2)
        .map((hit) => hit.product.title)
        .sort(),
    ).toEqual(['Cat Food', 'Dog Food']);
  });
});

describe('aisle search and aisle index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-search-'));
  const run = async (command: typeof searchCommand, args: string[]) => {
    const lines: string[] = [];
    await command(args, (line) => lines.push(line));
    return lines;
  };

  it('batch: one output line per query, product ids in rank order', async () => {
    const queries = join(dir, 'queries.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(
      queries,
      '{"id": "q1", "query": "macbook"}\n{"id": "q2", "query": "tablets under 400 dollars"}\n',
    );
    await run(searchCommand, ['--catalog', DEMO, '--queries', queries, '--k', '3', '--out', out]);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ id: 'q1', results: expect.arrayContaining(['78']) });
    expect(lines[0].results[0]).toBe('78');
    expect(lines[1].results[0]).toBe('161');
    expect(lines[1].results).not.toContain('160');
  }, 60_000);

  it('names the bad line of a queries file', async () => {
    const queries = join(dir, 'bad.jsonl');
    writeFileSync(queries, '{"id": "q1", "query": "tea"}\n{"id": "q2"}\n');
    await expect(
      run(searchCommand, ['--catalog', DEMO, '--queries', queries, '--out', join(dir, 'x.jsonl')]),
    ).rejects.toThrow(`${queries}:2: expected {"id": "...", "query": "..."}`);
  });

  it('index writes the catalog and int8 vectors that search then reuses', async () => {
    const out = join(dir, 'prebuilt');
    const [line] = await run(indexCommand, [DEMO, '--out', out]);
    expect(line).toMatch(/^194 products indexed/);
    const meta = JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8'));
    expect(meta).toMatchObject({ count: 194, dims: 384, embedder: 'all-minilm-l6-v2@1.0.0' });
    expect(readFileSync(join(out, 'search-vectors.bin')).byteLength).toBe(194 * (4 + 384));
    const lines = await run(searchCommand, ['--catalog', join(out, 'catalog.json'), 'couch']);
    expect(lines[0]).toContain('Annibale Colombo Sofa');
  }, 120_000);
});
