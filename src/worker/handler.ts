import { AisleError } from '../core/errors.ts';
import type { AssistantEngine } from '../core/runtime/engine.ts';
import type { ShopService } from '../core/shop/shop-service.ts';
import type { RequestType, ResultOf, ToWorker, WorkerEvent, WorkerRequest } from './protocol.ts';

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

type RequestOf<T extends RequestType> = Extract<WorkerRequest, { type: T }>;
type Handle<T extends RequestType> = (request: RequestOf<T>, signal: AbortSignal) => Promise<ResultOf<T>>;

/**
 * The worker's logic, apart from the worker global so unit tests can drive it with plain objects and an
 * in-process engine. Every request ends with exactly one terminal event.
 */
export function createHandler(
  post: Post,
  engine: AssistantEngine,
  shop: ShopService,
): (message: ToWorker) => Promise<void> {
  const running = new Map<number, AbortController>();
  // Requests that carry a shopper's words: the reset of a conversation waits until they have stopped.
  const conversing = new Map<number, Promise<void>>();

  async function run<T extends RequestType>(
    request: RequestOf<T>,
    handle: Handle<T>,
    transfer?: (result: ResultOf<T>) => Transferable[],
  ) {
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      // A handler that returns normally has its answer, even when cancelled late (a generation stopped by
      // the shopper ends with finishReason 'aborted' and the text so far), exactly as in-process.
      const result = await handle(request, controller.signal);
      post({ id: request.id, type: 'done', result }, transfer?.(result));
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

  /** Runs a request that writes to the conversation (or the model's cache), so resetChat can stop it. */
  function converse<T extends RequestType>(request: RequestOf<T>, handle: Handle<T>) {
    const done = run(request, handle);
    conversing.set(request.id, done);
    return done.finally(() => conversing.delete(request.id));
  }

  return async (message) => {
    switch (message.type) {
      case 'cancel':
        running.get(message.id)?.abort();
        return;
      case 'ping':
        return run(message, async (request) => ({ sentAt: request.sentAt, answeredAt: Date.now() }));
      case 'load':
        return run(message, (request, signal) =>
          engine.load({
            backend: request.backend,
            signal,
            onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
          }),
        );
      case 'generate':
        return converse(message, async (request, signal) => {
          const iterator = engine.stream(request.input, { ...request.options, signal });
          for (;;) {
            const step = await iterator.next();
            if (step.done) return step.value;
            post({ id: request.id, type: 'token', chunk: step.value });
          }
        });
      case 'embed':
        return run(
          message,
          async (request, signal) => ({
            vectors: await engine.embed(request.texts, { signal, kind: request.kind }),
          }),
          (result) => result.vectors.map((v) => v.buffer),
        );
      case 'reset':
        return run(message, async () => {
          await engine.resetConversation();
          return {};
        });
      case 'importCatalog':
        return run(message, (request, signal) =>
          shop.importCatalog(request.bytes, request.file, {
            ...(request.currency ? { currency: request.currency } : {}),
            signal,
            onProgress: (progress) => post({ id: request.id, type: 'task', progress }),
          }),
        );
      case 'useCatalog':
        return run(message, (request, signal) =>
          shop.useCatalog(request.catalog, {
            prebuilt: request.prebuilt,
            signal,
            onProgress: (progress) => post({ id: request.id, type: 'task', progress }),
          }),
        );
      case 'useStoreProfile':
        return run(message, async (request) => {
          await shop.useStoreProfile(request.store);
          return {};
        });
      case 'search':
        return run(message, (request) => shop.search(request.query, request.options));
      case 'ask':
        return converse(message, (request, signal) =>
          shop.ask(request.message, {
            productId: request.productId,
            locale: request.locale,
            signal,
            onCards: (cards, compare) => post({ id: request.id, type: 'cards', cards, compare }),
            onText: (text) => post({ id: request.id, type: 'text', text }),
          }),
        );
      case 'resetChat':
        return run(message, async () => {
          // An answer still streaming would write the last shopper's words back into the cache.
          for (const id of conversing.keys()) running.get(id)?.abort();
          await Promise.all(conversing.values());
          await shop.resetChat();
          return {};
        });
    }
  };
}
