import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/worker/handler.ts';
import { isToWorker, type WorkerEvent } from '../../src/worker/protocol.ts';

describe('worker handler', () => {
  it('answers ping with exactly one terminal event carrying the request id', async () => {
    const events: WorkerEvent[] = [];
    const handle = createHandler((event) => events.push(event));
    await handle({ id: 7, type: 'ping', sentAt: 123 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: 7, type: 'done', result: { sentAt: 123 } });
  });

  it('accepts only well-formed messages at the boundary', () => {
    expect(isToWorker({ id: 1, type: 'ping', sentAt: 1 })).toBe(true);
    expect(isToWorker({ id: 1, type: 'cancel' })).toBe(true);
    expect(isToWorker({ id: '1', type: 'ping' })).toBe(false);
    expect(isToWorker({ id: 1, type: 'format-disk' })).toBe(false);
    expect(isToWorker(null)).toBe(false);
  });
});
