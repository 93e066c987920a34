import type { LmRunRequest, LmRunResult, PromptTiming } from './api.ts';
import { ModelClient } from './model-client.ts';
import { timed } from './stats.ts';

/**
 * Our language model, timed the way a shopper meets it: load in a fresh profile (download, verify,
 * compile), then each prompt from an empty attention cache, greedy, with the runtime's own phase timings.
 * Last, a second worker loads again from Cache Storage.
 */
export async function runAisleLm(request: LmRunRequest): Promise<LmRunResult> {
  const settings = { threads: request.threads, ignoreEos: true, model: 'languageModel' } as const;
  const engine = new ModelClient(settings);
  const prompts: PromptTiming[] = [];
  let cold: { ms: number; threads: number };
  try {
    const load = await timed(() => engine.load());
    cold = { ms: load.ms, threads: load.value.threads };
    for (const prompt of request.prompts) {
      await engine.reset();
      const result = await engine.generate(prompt.text, request.decodeTokens);
      const decodeSteps = result.tokenIds.length - 1;
      prompts.push({
        label: prompt.label,
        promptTokens: result.promptTokens,
        ttftMs: result.prefillMs,
        prefillTokensPerSecond: (result.promptTokens * 1000) / result.prefillMs,
        generatedTokens: result.tokenIds.length,
        decodeTokensPerSecond: decodeSteps > 0 ? (decodeSteps * 1000) / result.decodeMs : NaN,
        textStart: result.text.slice(0, 80),
      });
    }
  } finally {
    engine.dispose();
  }

  let loadCachedMs: number | null = null;
  if (request.cachedLoad) {
    const again = new ModelClient(settings);
    try {
      loadCachedMs = (await timed(() => again.load())).ms;
    } finally {
      again.dispose();
    }
  }
  return {
    engine: 'aisle',
    threads: request.threads,
    threadsUsed: cold.threads,
    loadColdMs: cold.ms,
    loadCachedMs,
    prompts,
  };
}
