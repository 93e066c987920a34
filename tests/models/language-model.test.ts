import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/core/runtime/engine.ts';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import type { ChatMessage } from '../../src/core/runtime/chat-template.ts';
import { loadShippedEngine } from './engine.ts';

interface GoldenCase {
  name: string;
  kind: 'chat' | 'raw';
  prompt: string;
  messages?: ChatMessage[];
  inputIds: number[];
  generatedIds: number[];
  generatedText: string;
}
const golden: { maxNewTokens: number; cases: GoldenCase[] } = JSON.parse(
  readFileSync(new URL('../fixtures/models/lm-greedy.json', import.meta.url), 'utf8'),
);

const inputOf = (c: GoldenCase) =>
  c.kind === 'chat' && c.messages ? { messages: c.messages } : { prompt: c.prompt };

let engine: InProcessEngine;
beforeAll(async () => {
  engine = await loadShippedEngine();
}, 120_000);
afterAll(() => engine?.dispose());

describe('the shipped language model in Node', () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))(
    'reproduces the golden greedy tokens: %s',
    async (_name, c) => {
      await engine.resetConversation();
      const result = await generate(engine, inputOf(c), {
        maxNewTokens: golden.maxNewTokens,
        temperature: 0,
      });
      expect(result.tokenIds).toEqual(c.generatedIds);
    },
    60_000,
  );

  it('reuses the attention cache of earlier turns and still gives the same tokens', async () => {
    const [first] = golden.cases;
    if (!first?.messages) throw new Error('fixture has no chat case');
    await engine.resetConversation();
    const answer = await generate(engine, { messages: first.messages }, { maxNewTokens: 8 });
    const followUp: ChatMessage[] = [
      ...first.messages,
      { role: 'assistant', content: answer.text },
      { role: 'user', content: 'Any cheaper?' },
    ];
    const warm = await generate(engine, { messages: followUp }, { maxNewTokens: 12 });
    await engine.resetConversation();
    const cold = await generate(engine, { messages: followUp }, { maxNewTokens: 12 });
    expect(warm.reusedTokens).toBeGreaterThan(first.inputIds.length);
    expect(cold.reusedTokens).toBe(0);
    expect(warm.tokenIds).toEqual(cold.tokenIds);
  }, 60_000);

  it('gives the same text for the same seed and another for a different seed', async () => {
    const input = { prompt: 'Our best-selling kettle is' };
    const sample = (seed: number) =>
      generate(engine, input, { maxNewTokens: 16, temperature: 1.2, topK: 50, topP: 0.95, seed });
    const a = await sample(7);
    const b = await sample(7);
    const c = await sample(8);
    expect(b.tokenIds).toEqual(a.tokenIds);
    expect(c.tokenIds).not.toEqual(a.tokenIds);
  }, 60_000);

  it('stops within one decode step of a cancel', async () => {
    const controller = new AbortController();
    let tokens = 0;
    const result = await generate(
      engine,
      { prompt: 'A long story about a shop:' },
      {
        maxNewTokens: 64,
        signal: controller.signal,
        onToken: () => {
          tokens++;
          if (tokens === 3) controller.abort();
        },
      },
    );
    expect(result.finishReason).toBe('aborted');
    expect(result.tokenIds.length).toBeLessThanOrEqual(4);
  }, 60_000);

  it('ends at a stop string, which is left out of the answer', async () => {
    const c = golden.cases[0];
    if (!c) throw new Error('no fixture');
    const stopWord = c.generatedText.split(' ').slice(3, 4).join(' ');
    const result = await generate(engine, inputOf(c), { maxNewTokens: 24, stop: [stopWord] });
    expect(result.finishReason).toBe('stop');
    expect(result.text).toBe(c.generatedText.slice(0, c.generatedText.indexOf(stopWord)));
  }, 60_000);

  it('drops the oldest turns instead of failing when a chat outgrows the context', async () => {
    // Asking for 1,900 new tokens leaves ~150 of the 2,048-token working context for the prompt.
    const messages: ChatMessage[] = [{ role: 'system', content: 'You are a shop assistant.' }];
    for (let i = 0; i < 8; i++)
      messages.push(
        { role: 'user', content: `Question ${i}: which of your kettles boils fastest and is it quiet?` },
        { role: 'assistant', content: 'The steel kettle boils in three minutes and is quiet.' },
      );
    messages.push({ role: 'user', content: 'Thanks!' });
    const controller = new AbortController();
    const result = await generate(
      engine,
      { messages },
      { maxNewTokens: 1900, signal: controller.signal, onToken: () => controller.abort() },
    );
    expect(result.promptTokens).toBeGreaterThan(50);
    expect(result.promptTokens).toBeLessThanOrEqual(2048 - 1900);
    expect(result.tokenIds.length).toBeGreaterThan(0);
  }, 60_000);
});
