import type { EmbedRunRequest, EmbedRunResult } from './api.ts';
import type { ModelClient } from './model-client.ts';
import { quantile, timed } from './stats.ts';

/** The shipped embedder with the app's thread count: one query at a time, then passages in one call. */
export async function runEmbed(
  embedder: { client: ModelClient; loadMs: number; threads: number },
  request: EmbedRunRequest,
): Promise<EmbedRunResult> {
  const { client } = embedder;
  await client.embed(['warm-up']); // the first run allocates the session's buffers
  const single: number[] = [];
  for (const query of request.queries) single.push((await timed(() => client.embed([query]))).ms);
  const batch = await timed(() => client.embed(request.passages));
  return {
    threads: embedder.threads,
    loadMs: embedder.loadMs,
    singleQueryMs: { p50: quantile(single, 0.5), p95: quantile(single, 0.95), count: single.length },
    batch: {
      texts: request.passages.length,
      ms: batch.ms,
      textsPerSecond: (request.passages.length * 1000) / batch.ms,
    },
  };
}
