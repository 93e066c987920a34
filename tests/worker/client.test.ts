import { describe, expect, it } from 'vitest';
import { AisleError } from '../../src/core/errors.ts';
import { WorkerClient, type WorkerLike } from '../../src/worker/client.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { isToWorker, type ToWorker } from '../../src/worker/protocol.ts';

/** The real handler behind a fake worker, wired the way worker/entry.ts wires it. */
function inProcessWorker(): WorkerLike & { sent: ToWorker[] } {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
  const handle = createHandler((event) =>
    listeners.forEach((l) => l(new MessageEvent('message', { data: event }))),
  );
  const sent: ToWorker[] = [];
  return {
    sent,
    postMessage(message) {
      sent.push(message);
      if (isToWorker(message)) void handle(message);
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => undefined,
  };
}

describe('worker client', () => {
  it('resolves a request with the worker result', async () => {
    const client = new WorkerClient(inProcessWorker());
    const result = await client.request('ping', { sentAt: 42 });
    expect(result.sentAt).toBe(42);
  });

  it('rejects at once with a typed error when the signal is already aborted', async () => {
    const worker = inProcessWorker();
    const client = new WorkerClient(worker);
    const controller = new AbortController();
    controller.abort();
    await expect(client.request('ping', { sentAt: 1 }, { signal: controller.signal })).rejects.toEqual(
      new AisleError('aborted', 'Stopped.'),
    );
    expect(worker.sent).toEqual([]);
  });
});
