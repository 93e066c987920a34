import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../src/core/catalog/index.ts';
import type { AssistantEngine } from '../src/core/runtime/engine.ts';
import type { ModelManifest } from '../src/core/runtime/manifest.ts';
import { MODELS, modelKey } from '../src/core/runtime/registry.ts';
import {
  createProductSearch,
  decodeVectors,
  INDEX_META_FILE,
  indexMismatch,
  type ProductSearch,
  type SearchIndexMeta,
  type VectorIndex,
} from '../src/core/search/index.ts';

/** The prebuilt vectors in `dir` when they were made for this catalog and embedder; otherwise undefined. */
async function prebuiltVectors(
  dir: string,
  catalog: Catalog,
  embedder: ModelManifest,
): Promise<VectorIndex | undefined> {
  let meta: SearchIndexMeta;
  try {
    meta = JSON.parse(await readFile(join(dir, INDEX_META_FILE), 'utf8')) as SearchIndexMeta;
  } catch {
    return undefined;
  }
  if ((await indexMismatch(meta, catalog, modelKey(embedder))) !== null) return undefined;
  return decodeVectors(await readFile(join(dir, meta.vectorsFile)), meta.count, meta.dims);
}

/**
 * Product search for the command line: hybrid with the engine's embedder (`embedder`, the default one unless
 * told), reusing a prebuilt index that sits beside the catalog file when that embedder made it.
 */
export async function commandLineSearch(
  catalog: Catalog,
  catalogPath: string,
  engine: AssistantEngine,
  onProgress?: (done: number, total: number) => void,
  embedder: ModelManifest = MODELS.embedder,
): Promise<ProductSearch> {
  const vectors = await prebuiltVectors(join(catalogPath, '..'), catalog, embedder);
  return createProductSearch(catalog, {
    embed: (texts, kind) => engine.embed(texts, { kind }),
    vectors,
    onProgress,
  });
}
