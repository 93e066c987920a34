/**
 * Sentence vectors kept on disk between eval:qa runs (under eval/results/, not committed): the passages
 * and questions of hetPQA do not change, so a rerun after a change to composing replies embeds nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextEmbedder } from '../../src/core/search/product-search.ts';

const DIMENSION = 384;

/** all-MiniLM-L6-v2 vectors of hetPQA's questions and passages, kept between runs. */
export const VECTORS = fileURLToPath(new URL('../results/qa-vectors.f32', import.meta.url));

export interface VectorCache {
  embed: TextEmbedder;
  /** Writes the vectors embedded so far, when there are new ones. */
  save: () => Promise<void>;
}

/** An embedder that reads vectors from `file` (texts in `file`.json beside it) and embeds only the rest. */
export async function diskVectorCache(file: string, embed: TextEmbedder): Promise<VectorCache> {
  const cache = new Map<string, Float32Array>();
  if (existsSync(file) && existsSync(`${file}.json`)) {
    const texts = JSON.parse(await readFile(`${file}.json`, 'utf8')) as string[];
    const bytes = await readFile(file);
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (all.length === texts.length * DIMENSION)
      texts.forEach((text, i) => cache.set(text, all.slice(i * DIMENSION, (i + 1) * DIMENSION)));
  }
  let added = false;
  return {
    embed: async (texts) => {
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      if (missing.length > 0) {
        (await embed(missing)).forEach((v, i) => cache.set(missing[i] ?? '', v));
        added = true;
      }
      return texts.map((t) => cache.get(t) ?? new Float32Array(DIMENSION));
    },
    save: async () => {
      if (!added) return;
      const texts = [...cache.keys()];
      const all = new Float32Array(texts.length * DIMENSION);
      texts.forEach((text, i) => all.set(cache.get(text) ?? new Float32Array(DIMENSION), i * DIMENSION));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.json`, JSON.stringify(texts));
      await writeFile(file, new Uint8Array(all.buffer));
    },
  };
}
