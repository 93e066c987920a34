import { Wllama } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import type { LmRunRequest, LmRunResult, PromptTiming } from './api.ts';
import { timed } from './stats.ts';

const quiet = {
  debug: () => undefined,
  log: () => undefined,
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

/** wllama (llama.cpp in WebAssembly) runs inference in a worker of its own; this side only drives it. */
async function loadWllama(request: LmRunRequest): Promise<Wllama> {
  const wllama = new Wllama({ default: wasmUrl }, { suppressNativeLog: true, logger: quiet });
  // n_gpu_layers 0: the WebAssembly CPU path, like ours; the GGUF is cached by wllama in OPFS.
  await wllama.loadModelFromUrl(request.ggufUrl, {
    n_threads: request.threads,
    n_gpu_layers: 0,
    n_ctx: 1024,
    useCache: true,
  });
  // A bad file can resolve without a model: check the model is really there.
  if (!wllama.isModelLoaded() || wllama.getLoadedContextInfo().n_vocab <= 0)
    throw new Error(`wllama did not load ${request.ggufUrl}`);
  return wllama;
}

/**
 * The same model from the same GGUF in wllama: the same prompts, greedy, end-of-sequence ignored, timed by
 * llama.cpp's own counters (prompt and generation phases), then a second load from wllama's cache.
 */
export async function runWllamaLm(request: LmRunRequest): Promise<LmRunResult> {
  const cold = await timed(() => loadWllama(request));
  const wllama = cold.value;
  const threadsUsed = wllama.getNumThreads();
  const prompts: PromptTiming[] = [];
  try {
    for (const prompt of request.prompts) {
      const response = await wllama.createCompletion({
        prompt: prompt.text,
        max_tokens: request.decodeTokens,
        temperature: 0,
        ignore_eos: true,
      });
      const timings = response.timings;
      if (!timings) throw new Error('wllama returned no timings');
      prompts.push({
        label: prompt.label,
        promptTokens: timings.prompt_n,
        ttftMs: timings.prompt_ms,
        prefillTokensPerSecond: timings.prompt_per_second,
        generatedTokens: timings.predicted_n,
        decodeTokensPerSecond: timings.predicted_per_second,
        textStart: (response.choices[0]?.text ?? '').slice(0, 80),
      });
    }
  } finally {
    await wllama.exit();
  }

  let loadCachedMs: number | null = null;
  if (request.cachedLoad) {
    const cached = await timed(() => loadWllama(request));
    await cached.value.exit();
    loadCachedMs = cached.ms;
  }
  return {
    engine: 'wllama',
    threads: request.threads,
    threadsUsed,
    loadColdMs: cold.ms,
    loadCachedMs,
    prompts,
  };
}
