import type { Catalog, Product } from '../../src/core/catalog/types.ts';
import { seededRandom } from '../../src/core/runtime/sampler.ts';
import {
  createProductSearch,
  embedProducts,
  parseQuery,
  VectorIndex,
  type ProductSearch,
  type SearchMode,
  type TextEmbedder,
} from '../../src/core/search/index.ts';
import type { LatencySummary, RecallResult, SearchRequest, SearchResultSet, SearchScaleRow } from './api.ts';
import { scaleCatalog } from './catalog-scale.ts';
import { buildOrama, oramaSerializedBytes, searchOrama } from './orama-index.ts';
import { quantile, timed } from './stats.ts';

/** Chromium's non-standard heap counters (precise with --enable-precise-memory-info). */
function usedHeap(): number | null {
  const memory: unknown = Reflect.get(performance, 'memory');
  const used = typeof memory === 'object' && memory !== null ? Reflect.get(memory, 'usedJSHeapSize') : null;
  return typeof used === 'number' ? used : null;
}

/** A full garbage collection, where the browser exposes one (--js-flags=--expose-gc). */
function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') gc();
}

/** Builds something and tells how long it took and how much heap it keeps after garbage collection. */
async function measuredBuild<T>(
  build: () => Promise<T>,
): Promise<{ value: T; ms: number; heap: number | null }> {
  collectGarbage();
  const before = usedHeap();
  const { value, ms } = await timed(build);
  collectGarbage();
  const after = usedHeap();
  return { value, ms, heap: before === null || after === null ? null : Math.max(0, after - before) };
}

/** Whatever embeds texts: the model worker. */
export interface Embedding {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** An embedder that remembers: queries are embedded once, so query timings measure search alone. */
function rememberingEmbedder(engine: Embedding): TextEmbedder {
  const known = new Map<string, Float32Array>();
  return async (texts) => {
    const missing = [...new Set(texts.filter((text) => !known.has(text)))];
    if (missing.length > 0)
      (await engine.embed(missing)).forEach((vector, i) => known.set(missing[i] as string, vector));
    return texts.map((text) => known.get(text) as Float32Array);
  };
}

/** The originals' vectors reused for their copies, nudged a little and made unit length again. */
function scaledVectors(base: VectorIndex, origin: Int32Array, seed: number): VectorIndex {
  const random = seededRandom(seed);
  const { dims } = base;
  const data = new Float32Array(origin.length * dims);
  for (let row = 0; row < origin.length; row++) {
    const from = (origin[row] ?? 0) * dims;
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const value = (base.data[from + d] ?? 0) + (row < base.count ? 0 : (random() - 0.5) * 0.04);
      data[row * dims + d] = value;
      norm += value * value;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < dims; d++) data[row * dims + d] = (data[row * dims + d] ?? 0) * scale;
  }
  return new VectorIndex(data, dims);
}

/** Shopper-like queries from the catalog itself: one or two title words, sometimes with the category. */
export function catalogQueries(products: readonly Product[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const product = products[Math.floor(random() * products.length)] as Product;
    const words = product.title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 3);
    const first = words[Math.floor(random() * words.length)] ?? product.title;
    const second = random() < 0.5 ? words[Math.floor(random() * words.length)] : product.categoryPath.at(-1);
    queries.push(second && second !== first ? `${first} ${second}` : first);
  }
  return queries;
}

async function latency(queries: readonly string[], rounds: number, run: (q: string) => Promise<unknown>) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries) times.push((await timed(() => run(query))).ms);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) } satisfies LatencySummary;
}

async function modeLatency(
  search: ProductSearch,
  queries: readonly string[],
  rounds: number,
  mode: SearchMode,
) {
  return latency(queries, rounds, (query) => search.search(query, { mode }));
}

async function scaleRow(
  demo: Catalog,
  demoVectors: VectorIndex,
  size: number,
  request: SearchRequest,
  embed: TextEmbedder,
): Promise<SearchScaleRow> {
  const { catalog, origin } = scaleCatalog(demo, size);
  const queries = catalogQueries(demo.products, request.queries);
  const vectors = scaledVectors(demoVectors, origin, size);

  const lexicalOnly = await measuredBuild(() => createProductSearch(catalog));
  const lexicalMs = await latency(queries, request.rounds, (q) =>
    lexicalOnly.value.search(q, { mode: 'lexical' }),
  );
  const hybrid = await createProductSearch(catalog, { vectors, embed });
  await embed(queries.map((q) => parseQuery(q).text)); // embed each query once, before the clock runs
  const denseMs = await modeLatency(hybrid, queries, request.rounds, 'dense');
  const hybridMs = await modeLatency(hybrid, queries, request.rounds, 'hybrid');

  const orama = await measuredBuild(() => buildOrama(catalog.products));
  const oramaMs = await latency(queries, request.rounds, (q) => searchOrama(orama.value, q, 10));
  return {
    products: size,
    aisle: {
      buildMs: lexicalOnly.ms,
      heapBytes: lexicalOnly.heap,
      serializedBytes: null,
      lexicalMs,
      denseMs,
      hybridMs,
    },
    orama: {
      buildMs: orama.ms,
      heapBytes: orama.heap,
      serializedBytes: size <= request.serializeUpTo ? oramaSerializedBytes(orama.value) : null,
      lexicalMs: oramaMs,
    },
  };
}

function recallAt10(found: readonly string[], relevant: readonly string[]): number {
  if (relevant.length === 0) return 1;
  const top = new Set(found.slice(0, 10));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

async function recall(
  demo: Catalog,
  vectors: VectorIndex,
  embed: TextEmbedder,
  embedMs: number,
  request: SearchRequest,
): Promise<RecallResult> {
  const search = await createProductSearch(demo, { vectors, embed });
  const orama = await buildOrama(demo.products);
  const sums = { aisleHybrid: 0, aisleLexical: 0, aisleDense: 0, orama: 0 };
  for (const item of request.relevance) {
    const ids = async (mode: SearchMode) =>
      (await search.search(item.query, { mode })).hits.map((hit) => hit.product.id);
    sums.aisleHybrid += recallAt10(await ids('hybrid'), item.relevant);
    sums.aisleLexical += recallAt10(await ids('lexical'), item.relevant);
    sums.aisleDense += recallAt10(await ids('dense'), item.relevant);
    sums.orama += recallAt10(await searchOrama(orama, item.query, 10), item.relevant);
  }
  const n = request.relevance.length;
  return {
    queries: n,
    products: demo.products.length,
    embedMs,
    recallAt10: {
      aisleHybrid: sums.aisleHybrid / n,
      aisleLexical: sums.aisleLexical / n,
      aisleDense: sums.aisleDense / n,
      orama: sums.orama / n,
    },
  };
}

/**
 * Search at 1k/10k/100k products (ours and Orama, same products and queries) and recall@10 on the
 * relevance set. Product vectors: the real embedder over the demo catalog, reused (nudged) for copies.
 */
export async function runSearch(
  demo: Catalog,
  engine: Embedding,
  request: SearchRequest,
): Promise<SearchResultSet> {
  const embed = rememberingEmbedder(engine);
  const demoVectors = await timed(() => embedProducts(demo.products, embed));
  const rows: SearchScaleRow[] = [];
  for (const size of request.sizes) rows.push(await scaleRow(demo, demoVectors.value, size, request, embed));
  const recallResult =
    request.relevance.length > 0
      ? await recall(demo, demoVectors.value, embed, demoVectors.ms, request)
      : null;
  return { rows, recall: recallResult };
}
