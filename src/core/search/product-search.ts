import type { Catalog, Product } from '../catalog/types.ts';
import type { EmbedKind } from '../runtime/embedder.ts';
import { detectLocale } from '../../i18n/locale.ts';
import { embeddingText } from './documents.ts';
import { EMBEDDER_TRUST } from './embedder-trust.ts';
import { matchesFilters, noFilters, sortProducts, type SearchFilters, type SortOrder } from './filters.ts';
import { fuseRankings } from './fusion.ts';
import { LexicalIndex, type ScoredPosition } from './lexical-index.ts';
import { parseQuery, type ParsedQuery } from './query-constraints.ts';
import { searchTerms } from './terms.ts';
import { VectorIndex } from './vector-index.ts';

/**
 * Unit-length sentence vectors for texts (the engine's `embed`); `kind` tells a prefix-trained model such as
 * e5 whether the texts are queries (the default) or product passages. Wrappers must pass it on.
 */
export type TextEmbedder = (texts: readonly string[], kind?: EmbedKind) => Promise<Float32Array[]>;

export type SearchMode = 'hybrid' | 'lexical' | 'dense';

export interface SearchOptions {
  /** How many hits to return; 10 by default. */
  k?: number;
  /** 'hybrid' by default; without vectors or an embedder every mode falls back to lexical. */
  mode?: SearchMode;
  /** Filters chosen on screen; they add to (and override) what the query text asks for. */
  filters?: SearchFilters;
  /** A sort chosen on screen; overrides one the query text asks for. */
  sort?: SortOrder;
  /** Read price, rating, stock and sort phrases from the query text (default true). */
  parse?: boolean;
  /**
   * The query as the caller already read it (the assistant's understood turn): used as it is, never
   * parsed again; a category it names still narrows the search.
   */
  parsed?: ParsedQuery;
}

export interface SearchHit {
  product: Product;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many products matched before the cut to k. */
  total: number;
  parsed: ParsedQuery;
  /** The filters and sort that were applied. */
  filters: SearchFilters;
  sort: SortOrder;
  mode: SearchMode;
  /** When nothing met the filters: the best matches for the words alone, to offer instead. */
  alternatives: SearchHit[];
  /** When the words matched nothing: indexed words close to them ("did you mean"). */
  suggestions: string[];
  /**
   * Whether the hits really match the words: a query word found as written (or a long word with a typo),
   * or a close match in meaning. False when only chance resemblances were found ("PlayStation 5" in a
   * grocery): the assistant then says the shop does not have it.
   */
  confident: boolean;
}

export interface CreateSearchOptions {
  /** Embeds product passages (when `vectors` is not given) and queries; without it search is lexical. */
  embed?: TextEmbedder;
  /** Precomputed product vectors, in catalog order (e.g. from a prebuilt index). */
  vectors?: VectorIndex | readonly Float32Array[];
  /** Products embedded so far, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Products embedded per call: big enough to batch well, small enough for a smooth progress bar. */
const EMBED_BATCH = 16;
/** Candidates each retriever passes to fusion. */
const CANDIDATES = 100;
/** Below this cosine a dense match is noise for MiniLM-class models, not a related product. */
const DENSE_FLOOR = 0.25;
/** Dense matches this far below the best one are a different kind of product, not a weaker match. */
const DENSE_MARGIN = 0.15;
/** A dense match this close is a related product even when no word matches (MiniLM-class models). */
const DENSE_CONFIDENT = 0.4;

interface Ranking {
  hits: ScoredPosition[];
  confident: boolean;
  /** The lexical scores of the hits the words matched, by position (none with no words). */
  lexical: ReadonlyMap<number, number>;
}

/**
 * A list sorted by price or rating holds the products that match the words about as well as the best
 * match does, at least this share of its word score: "the cheapest power banks" are power banks, not the
 * charging cables that share a word with them and cost less.
 */
const SORTED_MATCH_SHARE = 0.5;

/** The hits that match the words well enough to be sorted by something else than relevance. */
function wellMatched(ranking: Ranking): ScoredPosition[] {
  const best = Math.max(0, ...ranking.lexical.values());
  if (best <= 0) return ranking.hits;
  return ranking.hits.filter((hit) => (ranking.lexical.get(hit.position) ?? 0) >= SORTED_MATCH_SHARE * best);
}
/** Fusion weights: words typed by the shopper are the stronger signal; meaning fills the gaps. */
const LEXICAL_WEIGHT = 1;
const DENSE_WEIGHT = 1;

/** Embeds every product's passage in batches. */
export async function embedProducts(
  products: readonly Product[],
  embed: TextEmbedder,
  options: Pick<CreateSearchOptions, 'onProgress' | 'signal'> = {},
): Promise<VectorIndex> {
  const rows: Float32Array[] = [];
  for (let start = 0; start < products.length; start += EMBED_BATCH) {
    options.signal?.throwIfAborted();
    const batch = products.slice(start, start + EMBED_BATCH).map(embeddingText);
    rows.push(...(await embed(batch, 'passage')));
    options.onProgress?.(rows.length, products.length);
  }
  return VectorIndex.fromRows(rows, rows[0]?.length ?? 1);
}

/** Hybrid product search over one catalog: BM25 words and embedding meaning, fused, with exact filters. */
export class ProductSearch {
  /** Each category name (every level of every path) with its search terms. */
  private readonly categoryTerms: Map<string, string[]>;

  private constructor(
    readonly products: readonly Product[],
    private readonly lexical: LexicalIndex,
    readonly vectors: VectorIndex | undefined,
    private readonly embed: TextEmbedder | undefined,
    /** The store's currency: what a bare "under 500" in a query is in. */
    private readonly currency: string,
  ) {
    this.categoryTerms = new Map(
      [...new Set(products.flatMap((product) => product.categoryPath))].map((name) => [
        name,
        searchTerms(name),
      ]),
    );
  }

  /**
   * The category a query names in full ("womens watches", "laptops"), which then bounds the results: a
   * shopper asking for laptops under $1,000 wants to hear there are none, not to see phones. Not when a
   * product outside it carries the category's words and another of the query's in its title ("laptop
   * bag", "inflatable kayak").
   */
  private namedCategory(text: string): string | undefined {
    const queryTerms = searchTerms(text);
    const terms = new Set(queryTerms);
    // The fullest name wins; between names as full, the one named last, as a compound's head comes last
    // ("bike lights" are lights, 自行车灯 a 灯).
    const last = (nameTerms: readonly string[]) =>
      Math.max(...nameTerms.map((t) => queryTerms.lastIndexOf(t)));
    let best: { name: string; size: number; at: number } | undefined;
    for (const [name, nameTerms] of this.categoryTerms) {
      if (nameTerms.length === 0 || !nameTerms.every((term) => terms.has(term))) continue;
      const at = last(nameTerms);
      if (!best || nameTerms.length > best.size || (nameTerms.length === best.size && at > best.at))
        best = { name, size: nameTerms.length, at };
    }
    if (!best) return undefined;
    const category = best.name;
    const outside = (position: number) => !this.products[position]?.categoryPath.includes(category);
    // The category's words and another of the query's in the title of a product filed elsewhere: an
    // "inflatable kayak" filed under Inflatables is one of the kayaks asked for.
    const nameTerms = this.categoryTerms.get(category) ?? [];
    const others = queryTerms.filter((term) => !nameTerms.includes(term));
    const elsewhere = (others.length > 0 ? others : ['']).some((term) =>
      this.lexical.titleHasAll([...nameTerms, term].join(' ').trim(), outside),
    );
    return elsewhere ? undefined : category;
  }

  static async create(catalog: Catalog, options: CreateSearchOptions = {}): Promise<ProductSearch> {
    const { products } = catalog;
    const lexical = LexicalIndex.build(products);
    let vectors =
      options.vectors === undefined || options.vectors instanceof VectorIndex
        ? options.vectors
        : VectorIndex.fromRows(options.vectors, options.vectors[0]?.length ?? 1);
    if (vectors && vectors.count !== products.length)
      throw new RangeError(`the index holds ${vectors.count} vectors for ${products.length} products`);
    if (!vectors && options.embed) vectors = await embedProducts(products, options.embed, options);
    return new ProductSearch(products, lexical, vectors, options.embed, catalog.store.currency);
  }

  /** The modes this index can serve. */
  get denseAvailable(): boolean {
    return this.vectors !== undefined && this.embed !== undefined;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const k = options.k ?? 10;
    const parsed =
      options.parsed ??
      (options.parse === false
        ? { text: query, filters: {}, understood: [] }
        : parseQuery(query, { currency: this.currency }));
    const filters: SearchFilters = { ...parsed.filters, ...options.filters };
    const category =
      options.parse === false || filters.categories ? undefined : this.namedCategory(parsed.text);
    if (category) filters.categories = [category];
    const sort = options.sort ?? parsed.sort ?? 'relevance';
    const mode = this.denseAvailable ? (options.mode ?? 'hybrid') : 'lexical';
    const allowed = noFilters(filters)
      ? undefined
      : (position: number) => matchesFilters(this.products[position] as Product, filters);

    const ranking = await this.rank(parsed.text, mode, allowed);
    const ranked = sort === 'relevance' ? ranking.hits : wellMatched(ranking);
    const hits = sortProducts(
      ranked.map(({ position, score }) => ({ product: this.products[position] as Product, score })),
      sort,
    );
    const result: SearchResult = {
      hits: hits.slice(0, k),
      total: hits.length,
      parsed,
      filters,
      sort,
      mode,
      alternatives: [],
      suggestions: [],
      confident: ranking.confident,
    };
    if (hits.length > 0) return result;
    // Nothing met the filters: the best matches for the words, still in the category the query named.
    const inCategory = category
      ? (position: number) => matchesFilters(this.products[position] as Product, { categories: [category] })
      : undefined;
    if (allowed && parsed.text.length > 0)
      result.alternatives = (await this.rank(parsed.text, mode, inCategory)).hits
        .slice(0, k)
        .map(({ position, score }) => ({ product: this.products[position] as Product, score }));
    if (parsed.text.length > 0 && result.alternatives.length === 0)
      result.suggestions = this.lexical.suggest(parsed.text);
    return result;
  }

  /** Positions ranked by relevance; with no words left, every allowed product, best rated first. */
  private async rank(
    text: string,
    mode: SearchMode,
    allowed: ((position: number) => boolean) | undefined,
  ): Promise<Ranking> {
    // No words to match ("under $20?" once its bound is read): every allowed product.
    if (searchTerms(text).length === 0) {
      const all: ScoredPosition[] = [];
      this.products.forEach((product, position) => {
        if (!allowed || allowed(position)) all.push({ position, score: product.rating?.average ?? 0 });
      });
      return { hits: all.sort((a, b) => b.score - a.score), confident: true, lexical: new Map() };
    }
    const lexical = mode === 'dense' ? [] : this.lexical.search(text, CANDIDATES, allowed);
    const dense = mode === 'lexical' ? [] : await this.denseSearch(text, allowed);
    const confident = lexical.some((hit) => hit.sure) || (dense[0]?.score ?? 0) >= DENSE_CONFIDENT;
    const scores = new Map(lexical.map((hit) => [hit.position, hit.score]));
    if (mode === 'lexical') return { hits: lexical, confident, lexical: scores };
    if (mode === 'dense') return { hits: dense, confident, lexical: scores };
    // In a language the embedder reads poorly its ranking would undo the words' (the shipped English
    // embedder puts 大麦茶 above 大红袍 for "大红袍"): the words rank, meaning only adds what they missed.
    if (EMBEDDER_TRUST[detectLocale(text, 'en')] < 1) {
      const missed = dense.filter((hit) => !scores.has(hit.position));
      return { hits: [...lexical, ...missed], confident, lexical: scores };
    }
    const fused = fuseRankings([
      { hits: lexical, weight: LEXICAL_WEIGHT },
      { hits: dense, weight: DENSE_WEIGHT },
    ]);
    return { hits: fused, confident, lexical: scores };
  }

  private async denseSearch(
    text: string,
    allowed: ((position: number) => boolean) | undefined,
  ): Promise<ScoredPosition[]> {
    if (!this.vectors || !this.embed) return [];
    const [query] = await this.embed([text], 'query');
    if (!query) return [];
    const hits = this.vectors.search(query, CANDIDATES, allowed);
    const floor = Math.max(DENSE_FLOOR, (hits[0]?.score ?? 0) - DENSE_MARGIN);
    return hits.filter((hit) => hit.score >= floor);
  }
}

/** Builds the search for a catalog (the shape the benchmark and worker use). */
export function createProductSearch(catalog: Catalog, options?: CreateSearchOptions): Promise<ProductSearch> {
  return ProductSearch.create(catalog, options);
}
