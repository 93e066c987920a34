import { INDEX_META_FILE, type SearchIndexMeta } from '../core/search/index-file.ts';
import type { PrebuiltIndex } from '../core/shop/shop-service.ts';

/** Where the kiosk's start-up catalog lives: a catalog file and, optionally, its prebuilt index beside it. */
export interface CatalogSource {
  /** The catalog file's URL (any supported format; the build ships Aisle's native catalog.json). */
  url: string;
  /** The folder of a prebuilt search index (search-index.json and its vectors file), when there is one. */
  indexFolder?: string;
}

/** The file name staff and error messages see, e.g. `catalog.json`. */
export function sourceName(url: string): string {
  return url.split('/').pop() || url;
}

/** The bytes of a file served with the app; the error names the file and what the server said. */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${sourceName(url)}: the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function isIndexMeta(value: unknown): value is SearchIndexMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta: Partial<Record<keyof SearchIndexMeta, unknown>> = value;
  return (
    meta.format === 'aisle-search-index' &&
    typeof meta.count === 'number' &&
    typeof meta.dims === 'number' &&
    typeof meta.vectorsFile === 'string' &&
    Array.isArray(meta.ids)
  );
}

/**
 * The prebuilt index in a folder, or undefined when it is missing or unreadable: the shop then embeds the
 * products itself, which is slower but gives the same search.
 */
export async function fetchPrebuiltIndex(
  folder: string,
  signal?: AbortSignal,
): Promise<PrebuiltIndex | undefined> {
  try {
    const response = await fetch(`${folder}${INDEX_META_FILE}`, { signal });
    if (!response.ok) return undefined;
    const meta: unknown = await response.json();
    if (!isIndexMeta(meta)) return undefined;
    const vectors = await fetchBytes(`${folder}${meta.vectorsFile}`, signal);
    // A vectors file of the wrong size would fail deep in the worker; it is better not offered at all.
    if (vectors.byteLength !== meta.count * (4 + meta.dims)) return undefined;
    return { meta, vectors };
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}
