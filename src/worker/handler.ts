import { AisleError } from '../core/errors.ts';
import type { RequestType, ResultOf, ToWorker, WorkerEvent, WorkerRequest } from './protocol.ts';

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

type RequestOf<T extends RequestType> = Extract<WorkerRequest, { type: T }>;
type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, signal: AbortSignal, post: Post) => Promise<ResultOf<T>>;
};

const HANDLERS: Handlers = {
  ping: async (request) => ({ sentAt: request.sentAt, answeredAt: Date.now() }),
};

/**
 * The worker's logic, apart from the worker global so unit tests can drive it with plain objects.
 * Every request ends with exactly one terminal event.
 */
export function createHandler(post: Post): (message: ToWorker) => Promise<void> {
  const running = new Map<number, AbortController>();

  async function run<T extends RequestType>(request: RequestOf<T>, handle: Handlers[T]): Promise<void> {
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      const result = await handle(request, controller.signal, post);
      post(
        controller.signal.aborted
          ? { id: request.id, type: 'aborted' }
          : { id: request.id, type: 'done', result },
      );
    } catch (error) {
      const typed = AisleError.from(error);
      post(
        typed.code === 'aborted' || controller.signal.aborted
          ? { id: request.id, type: 'aborted' }
          : { id: request.id, type: 'error', error: typed.toJSON() },
      );
    } finally {
      running.delete(request.id);
    }
  }

  return async (message) => {
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    switch (message.type) {
      case 'ping':
        return run(message, HANDLERS.ping);
    }
  };
}
