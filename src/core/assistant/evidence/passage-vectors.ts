import type { TextEmbedder } from '../../search/product-search.ts';

/** Passage vectors kept per embedder: enough for the pages of a kiosk session's last few products. */
const CAPACITY = 4096;

const byEmbedder = new WeakMap<TextEmbedder, Map<string, Float32Array>>();

/**
 * The vectors of a question's texts and a page's passages, embedding only what this embedder has not
 * seen: the kiosk asks question after question about the same product, and each after the first
 * embeds only the question. Passage texts are kept, least recently used out first, up to CAPACITY;
 * questions are not kept (they rarely repeat). Keyed by the embedder, so another model never reads
 * these vectors.
 */
export async function embedWithPassageCache(
  embed: TextEmbedder,
  queries: readonly string[],
  passages: readonly string[],
): Promise<{ queries: Float32Array[]; passages: (Float32Array | undefined)[] }> {
  let cache = byEmbedder.get(embed);
  if (!cache) {
    cache = new Map();
    byEmbedder.set(embed, cache);
  }
  const missing = [...new Set(passages.filter((text) => !cache.has(text)))];
  const vectors = await embed([...queries, ...missing]);
  missing.forEach((text, i) => {
    const vector = vectors[queries.length + i];
    if (vector) cache.set(text, vector);
  });
  const found = passages.map((text) => {
    const vector = cache.get(text);
    if (vector) {
      // Refreshed as recently used.
      cache.delete(text);
      cache.set(text, vector);
    }
    return vector;
  });
  for (const oldest of cache.keys()) {
    if (cache.size <= CAPACITY) break;
    cache.delete(oldest);
  }
  return { queries: vectors.slice(0, queries.length), passages: found };
}
