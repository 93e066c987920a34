import { describe, expect, it } from 'vitest';
import type { AssistantEngine } from '../../src/core/runtime/engine.ts';
import { generate } from '../../src/core/runtime/engine.ts';
import { GpuFallbackEngine } from '../../src/core/runtime/gpu-fallback-engine.ts';
import type { GenerationInput, GenerationResult, TokenChunk } from '../../src/core/runtime/language-model.ts';

const ANSWER = ['The ', 'kettle ', 'holds ', '1.7 ', 'litres.'];

/**
 * A stand-in for the in-process engine on one backend: it streams the rest of ANSWER after what the input
 * has begun, and on WebGPU fails once `failAfter` chunks are out (the device lost mid-answer).
 */
function fakeEngine(backend: 'wasm' | 'webgpu', log: string[], failAfter = Infinity): AssistantEngine {
  const lost = () => new Error('GPUDevice was lost: the GPU driver reset');
  return {
    load: async () => ({
      backend,
      threads: 1,
      reason: backend === 'wasm' ? 'no-adapter' : 'gpu',
      models: [],
    }),
    async *stream(input: GenerationInput): AsyncGenerator<TokenChunk, GenerationResult> {
      const begun = 'messages' in input ? (input.begun ?? '') : '';
      log.push(`${backend} stream from "${begun}"`);
      let text = '';
      const tokenIds: number[] = [];
      for (const [i, word] of ANSWER.entries()) {
        if (begun.startsWith(ANSWER.slice(0, i + 1).join(''))) continue;
        if (backend === 'webgpu' && i >= failAfter) throw lost();
        text += word;
        tokenIds.push(i);
        yield { tokenId: i, text: word };
      }
      return {
        text,
        tokenIds,
        finishReason: 'eos',
        promptTokens: 1,
        reusedTokens: 0,
        prefillMs: 0,
        decodeMs: 0,
      };
    },
    embed: async (texts) => {
      log.push(`${backend} embed`);
      if (backend === 'webgpu' && failAfter === 0) throw lost();
      return texts.map(() => Float32Array.from([1, 0]));
    },
    resetConversation: async () => undefined,
    dispose: async () => void log.push(`${backend} disposed`),
  };
}

function fallbackEngine(failAfter: number, deviceLost?: () => Promise<unknown>) {
  const log: string[] = [];
  const engine = new GpuFallbackEngine({
    make: (wasmOnly) => fakeEngine(wasmOnly ? 'wasm' : 'webgpu', log, failAfter),
    ...(deviceLost ? { deviceLost } : {}),
  });
  return { engine, log };
}

const chat = { messages: [{ role: 'user' as const, content: 'How big is the kettle?' }] };

describe('an engine whose GPU is lost', () => {
  it('finishes a streamed answer on WebAssembly from the words already shown', async () => {
    const { engine, log } = fallbackEngine(2);
    const shown: string[] = [];
    const result = await generate(engine, chat, { onToken: (chunk) => shown.push(chunk.text) });
    expect(shown.join('')).toBe('The kettle holds 1.7 litres.');
    expect(result.text).toBe('The kettle holds 1.7 litres.');
    expect(log).toEqual(['webgpu stream from ""', 'webgpu disposed', 'wasm stream from "The kettle "']);
  });

  it('runs a failed embedding again on WebAssembly, and stays there', async () => {
    const { engine, log } = fallbackEngine(0);
    expect(await engine.embed(['kettle'])).toHaveLength(1);
    await engine.embed(['toaster']);
    expect(log).toEqual(['webgpu embed', 'webgpu disposed', 'wasm embed', 'wasm embed']);
    expect(await engine.load()).toMatchObject({ backend: 'wasm', reason: 'gpu-lost' });
  });

  it('hands over as soon as the device is lost, before the next question fails', async () => {
    let loseDevice = () => {};
    const lost = new Promise<void>((resolve) => (loseDevice = resolve));
    const { engine, log } = fallbackEngine(Infinity, () => lost);
    expect(await engine.load()).toMatchObject({ backend: 'webgpu', reason: 'gpu' });
    loseDevice();
    await lost;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await engine.embed(['kettle']);
    expect(log).toEqual(['webgpu disposed', 'wasm embed']);
  });

  it('passes on a failure on WebAssembly, and a stop, as they are', async () => {
    const log: string[] = [];
    const broken = new GpuFallbackEngine({
      make: () => ({ ...fakeEngine('wasm', log), embed: async () => Promise.reject(new Error('bad input')) }),
    });
    await expect(broken.embed(['x'])).rejects.toThrow('bad input');
    const { engine } = fallbackEngine(0);
    const stop = new AbortController();
    stop.abort();
    await expect(engine.embed(['x'], { signal: stop.signal })).rejects.toThrow('GPUDevice was lost');
  });
});
