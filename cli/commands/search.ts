import { writeFile } from 'node:fs/promises';
import { formatPrice } from '../../src/core/catalog/index.ts';
import { embedderManifest } from '../../src/core/runtime/registry.ts';
import type { SearchMode, SearchResult } from '../../src/core/search/index.ts';
import { readCatalogFile, parseCommandArgs, UsageError } from '../io.ts';
import { lineId, readJsonLines } from '../json-lines.ts';
import { nodeEngine } from '../model-source.ts';
import { commandLineSearch } from '../search-setup.ts';

export const searchHelp = `aisle search --catalog <file> "query" [--k N] [--mode hybrid|lexical|dense] [--embedder <id>]
                               the readable top results for one query
  aisle search --catalog <file> --queries <in.jsonl> --k 10 --out <out.jsonl>
                               batch: each input line {"id","query"}, each output line {"id","results":[ids]}`;

const MODES: readonly SearchMode[] = ['hybrid', 'lexical', 'dense'];

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: {
        catalog: { type: 'string' },
        queries: { type: 'string' },
        out: { type: 'string' },
        k: { type: 'string', default: '10' },
        mode: { type: 'string', default: 'hybrid' },
        embedder: { type: 'string' },
      },
    },
    searchHelp,
  );
}

interface QueryLine {
  id: string;
  query: string;
}

/** Reads `{"id","query"}` lines; a bad line is named by its number. */
export function readQueryLines(path: string): Promise<QueryLine[]> {
  return readJsonLines(path, 'queries', ({ id, query }) => {
    const text = lineId(id);
    return text !== undefined && typeof query === 'string'
      ? { id: text, query }
      : 'expected {"id": "...", "query": "..."}';
  });
}

function printResult(result: SearchResult, currency: string, out: (line: string) => void) {
  if (result.parsed.understood.length > 0) out(`understood: ${result.parsed.understood.join(', ')}`);
  if (result.hits.length === 0) {
    out('no products match');
    for (const hit of result.alternatives)
      out(`  instead: ${hit.product.id}  ${hit.product.title}  ${formatPrice(hit.product.price, currency)}`);
    if (result.suggestions.length > 0) out(`did you mean: ${result.suggestions.join(', ')}`);
    return;
  }
  result.hits.forEach((hit, rank) => {
    const { product } = hit;
    const price = formatPrice(product.salePrice ?? product.price, product.currency || currency);
    out(
      `${String(rank + 1).padStart(2)}. ${product.id}  ${product.title}  ${price}  [${product.categoryPath.join(' > ')}]`,
    );
  });
  out(`${result.total} matching products (${result.mode})`);
}

export async function searchCommand(args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parse(args);
  const k = Number(values.k);
  if (!values.catalog) throw new UsageError(`--catalog is required\nusage: ${searchHelp}`);
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k must be a whole number of at least 1`);
  const mode = values.mode as SearchMode;
  if (!MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}`);
  const query = positionals.join(' ').trim();
  if (values.queries === undefined && !query)
    throw new UsageError(`give a query or --queries\nusage: ${searchHelp}`);
  if (values.queries !== undefined && values.out === undefined)
    throw new UsageError('--queries needs --out <out.jsonl>');
  const queries = values.queries === undefined ? undefined : await readQueryLines(values.queries);

  const embedder = embedderManifest(values.embedder);
  const { catalog } = await readCatalogFile(values.catalog);
  const engine = nodeEngine({ embedder: embedder.id });
  try {
    const search = await commandLineSearch(catalog, values.catalog, engine, undefined, embedder);
    if (queries === undefined) {
      printResult(await search.search(query, { k, mode }), catalog.store.currency, out);
      return;
    }
    const lines: string[] = [];
    for (const line of queries) {
      const result = await search.search(line.query, { k, mode });
      lines.push(JSON.stringify({ id: line.id, results: result.hits.map((hit) => hit.product.id) }));
    }
    await writeFile(values.out ?? '', lines.length > 0 ? `${lines.join('\n')}\n` : '');
    out(`${queries.length} queries searched; results in ${values.out}`);
  } finally {
    await engine.dispose();
  }
}
