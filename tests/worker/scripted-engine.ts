import type { AssistantEngine } from '../../src/core/runtime/engine.ts';
import type { GenerateOptions, GenerationResult, TokenChunk } from '../../src/core/runtime/language-model.ts';

/**
 * An engine that streams the words of a fixed text, one per tick, honouring the abort signal as the real
 * one does: for testing the worker protocol without loading models (the real models have their own tests).
 */
export function scriptedEngine(words: string[]): AssistantEngine {
  return {
    load: async () => ({ backend: 'wasm', threads: 1, reason: 'wasm-asked', models: [] }),
    async *stream(_input, options: GenerateOptions = {}): AsyncGenerator<TokenChunk, GenerationResult> {
      const emitted: string[] = [];
      let finishReason: GenerationResult['finishReason'] = 'length';
      for (const [i, word] of words.entries()) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (options.signal?.aborted) {
          finishReason = 'aborted';
          break;
        }
        emitted.push(word);
        yield { tokenId: i, text: word };
      }
      const text = emitted.join('');
      return {
        text,
        tokenIds: emitted.map((_, i) => i),
        finishReason,
        promptTokens: 1,
        reusedTokens: 0,
        prefillMs: 0,
        decodeMs: 0,
      };
    },
    // [length, 1 for a passage]: tests can see that the kind of text crossed the boundary
    embed: async (texts, options) =>
      texts.map((t) => Float32Array.from([t.length, options?.kind === 'passage' ? 1 : 0])),
    resetConversation: async () => undefined,
    dispose: async () => undefined,
  };
}
