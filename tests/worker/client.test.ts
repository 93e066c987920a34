import { describe, expect, it } from 'vitest';
import { AisleError } from '../../src/core/errors.ts';
import { generate } from '../../src/core/runtime/engine.ts';
import { WorkerClient, type WorkerLike } from '../../src/worker/client.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { isToWorker, type ToWorker } from '../../src/worker/protocol.ts';
import { WorkerEngine } from '../../src/worker/worker-engine.ts';
import { LocalShop } from '../../src/core/shop/local-shop.ts';
import { scriptedEngine } from './scripted-engine.ts';

/** The real handler behind a fake worker, wired the way worker/entry.ts wires it. */
function inProcessWorker(words: string[]): WorkerLike & { sent: ToWorker[] } {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
  const engine = scriptedEngine(words);
  const handle = createHandler(
    (event) => listeners.forEach((l) => l(new MessageEvent('message', { data: event }))),
    engine,
    new LocalShop({ engine, embedderKey: 'scripted@1' }),
  );
  const sent: ToWorker[] = [];
  return {
    sent,
    postMessage(message) {
      // As a real worker does: what cannot be structured-cloned throws here.
      const copy = structuredClone(message);
      sent.push(copy);
      if (isToWorker(copy)) void handle(copy);
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => undefined,
  };
}

describe('worker-backed engine', () => {
  it('streams the same tokens and result as the engine inside the worker', async () => {
    const engine = new WorkerEngine(new WorkerClient(inProcessWorker(['A', 'b', 'c'])));
    const chunks: string[] = [];
    const result = await generate(engine, { prompt: 'x' }, { onToken: (c) => chunks.push(c.text) });
    expect(chunks).toEqual(['A', 'b', 'c']);
    expect(result).toMatchObject({ text: 'Abc', finishReason: 'length' });
  });

  it('cancels through the AbortSignal', async () => {
    const worker = inProcessWorker(Array.from({ length: 100 }, () => 'x'));
    const engine = new WorkerEngine(new WorkerClient(worker));
    const controller = new AbortController();
    const result = await generate(
      engine,
      { prompt: 'x' },
      { signal: controller.signal, onToken: () => controller.abort() },
    );
    expect(result.finishReason).toBe('aborted');
    expect(worker.sent.some((m) => m.type === 'cancel')).toBe(true);
  });

  it('rejects at once with a typed error when the signal is already aborted', async () => {
    const worker = inProcessWorker([]);
    const client = new WorkerClient(worker);
    const controller = new AbortController();
    controller.abort();
    await expect(client.request('ping', { sentAt: 1 }, { signal: controller.signal })).rejects.toEqual(
      new AisleError('aborted', 'Stopped.'),
    );
    expect(worker.sent).toEqual([]);
  });
});

describe('a worker that dies', () => {
  it('fails every open request with worker-died, so the UI can say the assistant is restarting', async () => {
    const silent: WorkerLike = {
      postMessage: () => undefined,
      addEventListener: () => undefined,
      terminate: () => undefined,
    };
    const client = new WorkerClient(silent);
    const open = client.request('ping', { sentAt: 0 });
    client.terminate(new AisleError('worker-died', 'The assistant stopped unexpectedly.'));
    await expect(open).rejects.toMatchObject({ code: 'worker-died' });
  });
});
