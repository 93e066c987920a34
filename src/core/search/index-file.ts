import type { Catalog } from '../catalog/types.ts';
import { sha256Hex } from '../runtime/model-files.ts';
import { VectorIndex } from './vector-index.ts';

/**
 * A prebuilt search index: product vectors quantised to int8 with one float scale per row, and JSON
 * metadata beside them. The vectors are only valid for the same catalog content and the same embedder,
 * so both are recorded and checked before use.
 */
export interface SearchIndexMeta {
  format: 'aisle-search-index';
  version: 1;
  /** sha256 of the catalog's canonical JSON (see catalogContentHash). */
  catalogHash: string;
  /** The embedder that made the vectors: `<model id>@<model version>`. */
  embedder: string;
  dims: number;
  count: number;
  /** Product ids in vector order, to catch a catalog reordered under the same hash scheme. */
  ids: string[];
  /** The binary file beside this one: `count` float32 scales, then `count * dims` int8 values. */
  vectorsFile: string;
}

export const INDEX_META_FILE = 'search-index.json';
export const INDEX_VECTORS_FILE = 'search-vectors.bin';

/** JSON with every object's keys in sorted order, so equal data always gives equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * A content hash of the products and store profile: the key under which an index is valid. Key order
 * does not count: the same catalog read from its source or from `catalog.json` hashes the same.
 */
export function catalogContentHash(catalog: Catalog): Promise<string> {
  return sha256Hex(new TextEncoder().encode(canonicalJson([catalog.store, catalog.products])));
}

/** Encodes vectors as int8 rows with a per-row scale (a quarter of the float32 size, cos error < 0.001). */
export function encodeVectors(index: VectorIndex): Uint8Array {
  const { count, dims, data } = index;
  const bytes = new Uint8Array(count * 4 + count * dims);
  const scales = new Float32Array(bytes.buffer, 0, count);
  const values = new Int8Array(bytes.buffer, count * 4, count * dims);
  for (let row = 0; row < count; row++) {
    let max = 0;
    for (let i = 0; i < dims; i++) max = Math.max(max, Math.abs(data[row * dims + i] ?? 0));
    const scale = max === 0 ? 1 : max / 127;
    scales[row] = scale;
    for (let i = 0; i < dims; i++) values[row * dims + i] = Math.round((data[row * dims + i] ?? 0) / scale);
  }
  return bytes;
}

/** Decodes `encodeVectors` output back to unit-length float rows. */
export function decodeVectors(bytes: Uint8Array, count: number, dims: number): VectorIndex {
  if (bytes.byteLength !== count * (4 + dims))
    throw new RangeError(`the vectors file holds ${bytes.byteLength} bytes; ${count * (4 + dims)} expected`);
  const copy = bytes.slice();
  const scales = new Float32Array(copy.buffer, 0, count);
  const values = new Int8Array(copy.buffer, count * 4, count * dims);
  const data = new Float32Array(count * dims);
  for (let row = 0; row < count; row++) {
    let norm = 0;
    for (let i = 0; i < dims; i++) {
      const value = (values[row * dims + i] ?? 0) * (scales[row] ?? 1);
      data[row * dims + i] = value;
      norm += value * value;
    }
    const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < dims; i++) data[row * dims + i] = (data[row * dims + i] ?? 0) * inverse;
  }
  return new VectorIndex(data, dims);
}

/** The metadata for vectors of this catalog made by this embedder. */
export async function indexMeta(
  catalog: Catalog,
  vectors: VectorIndex,
  embedder: string,
): Promise<SearchIndexMeta> {
  return {
    format: 'aisle-search-index',
    version: 1,
    catalogHash: await catalogContentHash(catalog),
    embedder,
    dims: vectors.dims,
    count: vectors.count,
    ids: catalog.products.map((product) => product.id),
    vectorsFile: INDEX_VECTORS_FILE,
  };
}

/** Why a prebuilt index cannot serve this catalog and embedder, or null when it can. */
export async function indexMismatch(
  meta: SearchIndexMeta,
  catalog: Catalog,
  embedder: string,
): Promise<string | null> {
  if (meta.format !== 'aisle-search-index' || meta.version !== 1) return 'it is not a version 1 Aisle index';
  if (meta.embedder !== embedder) return `it was made by ${meta.embedder}, not ${embedder}`;
  if (meta.count !== catalog.products.length || meta.catalogHash !== (await catalogContentHash(catalog)))
    return 'it was made for a different catalog';
  return null;
}
