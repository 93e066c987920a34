export {
  createProductSearch,
  embedProducts,
  ProductSearch,
  type CreateSearchOptions,
  type SearchHit,
  type SearchMode,
  type SearchOptions,
  type SearchResult,
  type TextEmbedder,
} from './product-search.ts';
export { matchesFilters, shopperPrice, sortProducts, type SearchFilters, type SortOrder } from './filters.ts';
export { parseQuery, type ParsedQuery, type ParseQueryOptions } from './query-constraints.ts';
export { VectorIndex } from './vector-index.ts';
export { embeddingText } from './documents.ts';
export {
  catalogContentHash,
  decodeVectors,
  encodeVectors,
  indexMeta,
  indexMismatch,
  INDEX_META_FILE,
  INDEX_VECTORS_FILE,
  type SearchIndexMeta,
} from './index-file.ts';
