import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nativeCatalogJson } from '../../src/core/catalog/index.ts';
import { embedderManifest, modelKey } from '../../src/core/runtime/registry.ts';
import {
  embedProducts,
  encodeVectors,
  INDEX_META_FILE,
  INDEX_VECTORS_FILE,
  indexMeta,
} from '../../src/core/search/index.ts';
import { readCatalogFile, UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';

export const indexHelp = `aisle index <catalog> --out <dir> [--embedder <id>]
                               writes catalog.json and a prebuilt search index (vectors in a binary file)`;

/** The catalog file the kiosk loads from a prebuilt folder. */
export const PREBUILT_CATALOG_FILE = 'catalog.json';

export async function indexCommand(args: string[], out: (line: string) => void): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, embedder: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${indexHelp}`);
  }
  const [path] = parsed.positionals;
  const dir = parsed.values.out;
  if (path === undefined || dir === undefined) throw new UsageError(`usage: ${indexHelp}`);
  const { catalog, issues } = await readCatalogFile(path);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0)
    out(`${errors} import errors; the rows they name are left out (see aisle catalog validate)`);

  const embedder = embedderManifest(parsed.values.embedder);
  const engine = nodeEngine({ embedder: embedder.id });
  try {
    const started = performance.now();
    const vectors = await embedProducts(catalog.products, (texts, kind) => engine.embed(texts, { kind }), {
      onProgress: (done, total) => process.stderr.write(`\rembedding ${done}/${total}`),
    });
    process.stderr.write('\n');
    const meta = await indexMeta(catalog, vectors, modelKey(embedder));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, PREBUILT_CATALOG_FILE), nativeCatalogJson(catalog));
    await writeFile(join(dir, INDEX_VECTORS_FILE), encodeVectors(vectors));
    await writeFile(join(dir, INDEX_META_FILE), `${JSON.stringify(meta)}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    out(`${catalog.products.length} products indexed in ${seconds} s → ${dir}`);
  } finally {
    await engine.dispose();
  }
}
