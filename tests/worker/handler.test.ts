import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/worker/handler.ts';
import { isToWorker, type WorkerEvent } from '../../src/worker/protocol.ts';
import { LocalShop } from '../../src/core/shop/local-shop.ts';
import { scriptedEngine } from './scripted-engine.ts';

function harness(words = ['Hello', ' there', '!']) {
  const events: WorkerEvent[] = [];
  const transfers: Transferable[][] = [];
  const engine = scriptedEngine(words);
  const handle = createHandler(
    (event, transfer) => {
      events.push(event);
      transfers.push(transfer ?? []);
    },
    engine,
    new LocalShop({ engine, embedderKey: 'scripted@1' }),
  );
  return { events, transfers, handle };
}

describe('worker handler', () => {
  it('answers ping with exactly one terminal event carrying the request id', async () => {
    const { events, handle } = harness();
    await handle({ id: 7, type: 'ping', sentAt: 123 });
    expect(events).toEqual([
      { id: 7, type: 'done', result: { sentAt: 123, answeredAt: expect.any(Number) } },
    ]);
  });

  it('streams tokens tagged with the request id, then one done', async () => {
    const { events, handle } = harness();
    await handle({ id: 3, type: 'generate', input: { prompt: 'hi' }, options: {} });
    expect(events.map((e) => e.type)).toEqual(['token', 'token', 'token', 'done']);
    expect(events.every((e) => e.id === 3)).toBe(true);
    expect(events.at(-1)).toMatchObject({ result: { text: 'Hello there!', finishReason: 'length' } });
  });

  it('stops a generation on cancel and still ends it with one terminal event', async () => {
    const { events, handle } = harness(Array.from({ length: 50 }, (_, i) => `w${i} `));
    const running = handle({ id: 9, type: 'generate', input: { prompt: 'hi' }, options: {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await handle({ type: 'cancel', id: 9 });
    await running;
    const terminal = events.filter((e) => e.type !== 'token');
    expect(terminal).toHaveLength(1);
    expect(terminal[0]).toMatchObject({ type: 'done', result: { finishReason: 'aborted' } });
    expect(events.length).toBeLessThan(50);
  });

  it('a reset of the conversation first stops a generation still running', async () => {
    const { events, handle } = harness(Array.from({ length: 200 }, (_, i) => `w${i} `));
    const running = handle({ id: 11, type: 'generate', input: { prompt: 'hi' }, options: {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await handle({ id: 12, type: 'resetChat' });
    await running;
    const terminal = events.filter((e) => e.type !== 'token');
    expect(terminal.map((e) => [e.id, e.type])).toEqual([
      [11, 'done'],
      [12, 'done'],
    ]);
    expect(terminal[0]).toMatchObject({ result: { finishReason: 'aborted' } });
    expect(events.length).toBeLessThan(200);
  });

  it('sends embedding vectors as transferables', async () => {
    const { events, transfers, handle } = harness();
    await handle({ id: 4, type: 'embed', texts: ['abc', 'de'] });
    expect(events[0]).toMatchObject({
      type: 'done',
      result: { vectors: [Float32Array.from([3, 0]), Float32Array.from([2, 0])] },
    });
    expect(transfers[0]).toHaveLength(2);
  });

  it('passes the kind of text (query or passage) on to the engine', async () => {
    const { events, handle } = harness();
    await handle({ id: 5, type: 'embed', texts: ['abc'], kind: 'passage' });
    expect(events[0]).toMatchObject({ type: 'done', result: { vectors: [Float32Array.from([3, 1])] } });
  });

  it('accepts only well-formed messages at the boundary', () => {
    expect(isToWorker({ id: 1, type: 'ping', sentAt: 1 })).toBe(true);
    expect(isToWorker({ id: 1, type: 'cancel' })).toBe(true);
    expect(isToWorker({ id: '1', type: 'ping' })).toBe(false);
    expect(isToWorker({ id: 1, type: 'format-disk' })).toBe(false);
    expect(isToWorker(null)).toBe(false);
  });
});
