import { AisleError } from '../core/errors.ts';
import type { TokenChunk } from '../core/runtime/language-model.ts';
import {
  isWorkerEvent,
  type ParamsOf,
  type AnswerCard,
  type CatalogProgress,
  type CompareTable,
  type Progress,
  type RequestType,
  type ResultOf,
  type ToWorker,
  type WorkerEvent,
} from './protocol.ts';

/** The parts of a Worker the client uses; a MessagePort-like fake works in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  terminate(): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: AisleError): void;
  onProgress?: (progress: Progress) => void;
  onToken?: (chunk: TokenChunk) => void;
  onTask?: (progress: CatalogProgress) => void;
  onCards?: (cards: AnswerCard[], compare?: CompareTable) => void;
  onText?: (text: string) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  onToken?: (chunk: TokenChunk) => void;
  onTask?: (progress: CatalogProgress) => void;
  onCards?: (cards: AnswerCard[], compare?: CompareTable) => void;
  onText?: (text: string) => void;
  /** Buffers in the params to move to the worker rather than copy. */
  transfer?: Transferable[];
}

/** UI-side end of the protocol: one promise per request, cancellation through AbortSignal. */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      if (isWorkerEvent(event.data)) this.dispatch(event.data);
    });
  }

  request<T extends RequestType>(
    type: T,
    params: ParamsOf<T>,
    options: RequestOptions = {},
  ): Promise<ResultOf<T>> {
    const id = this.nextId++;
    return new Promise<ResultOf<T>>((resolve, reject) => {
      if (options.signal?.aborted) return reject(new AisleError('aborted', 'Stopped.'));
      this.pending.set(id, {
        // The worker answers request `id` with the result of its type T: the id ties the two together,
        // which TypeScript cannot follow through a map of mixed requests.
        resolve: (result) => resolve(result as ResultOf<T>),
        reject,
        onProgress: options.onProgress,
        onToken: options.onToken,
        onTask: options.onTask,
        onCards: options.onCards,
        onText: options.onText,
      });
      options.signal?.addEventListener('abort', () => this.worker.postMessage({ type: 'cancel', id }), {
        once: true,
      });
      // Correlated union: `type` and `params` belong together by the signature above.
      this.worker.postMessage({ id, type, ...params } as ToWorker, options.transfer ?? []);
    });
  }

  /** Stops the worker; every request still open fails with `reason` (closed on purpose by default). */
  terminate(reason = new AisleError('aborted', 'The assistant was closed.')): void {
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
  }

  private dispatch(event: WorkerEvent): void {
    const pending = this.pending.get(event.id);
    if (!pending) return;
    switch (event.type) {
      case 'progress':
        pending.onProgress?.(event.progress);
        return;
      case 'token':
        pending.onToken?.(event.chunk);
        return;
      case 'task':
        pending.onTask?.(event.progress);
        return;
      case 'cards':
        pending.onCards?.(event.cards, event.compare);
        return;
      case 'text':
        pending.onText?.(event.text);
        return;
      case 'done':
        this.pending.delete(event.id);
        pending.resolve(event.result);
        return;
      case 'aborted':
        this.pending.delete(event.id);
        pending.reject(new AisleError('aborted', 'Stopped.'));
        return;
      case 'error':
        this.pending.delete(event.id);
        pending.reject(new AisleError(event.error.code, event.error.message));
        return;
    }
  }
}
