/**
 * The message protocol between the UI thread and the assistant worker; both sides import this file.
 *
 * Flow: the UI posts a request `{id, type, ...params}` with an id unique to that UI. The worker answers
 * with zero or more streamed events carrying the same id (`progress`, later `token`), then exactly one
 * terminal event for that id: `done` with the result, `aborted`, or `error` with `{code, message}`.
 * The UI may post `{type: 'cancel', id}` at any time; the worker then ends that request with `aborted`
 * (or `done`, if it finished first). Nothing is broadcast without an id.
 */
import type { SerializedError } from '../core/errors.ts';

/** Download or build progress, our own shape rather than a library's object. */
export interface Progress {
  phase: string;
  file?: string;
  loaded: number;
  total: number;
}

/** Each request type: what the UI sends with it and what the worker's `done` carries. */
export interface RequestMap {
  ping: { params: { sentAt: number }; result: { sentAt: number; answeredAt: number } };
}

export type RequestType = keyof RequestMap;
export type ParamsOf<T extends RequestType> = RequestMap[T]['params'];
export type ResultOf<T extends RequestType> = RequestMap[T]['result'];

export type WorkerRequest = { [T in RequestType]: { id: number; type: T } & ParamsOf<T> }[RequestType];
export interface CancelMessage {
  type: 'cancel';
  id: number;
}
export type ToWorker = WorkerRequest | CancelMessage;

export type WorkerEvent =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; result: ResultOf<RequestType> }
  | { id: number; type: 'aborted' }
  | { id: number; type: 'error'; error: SerializedError };

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>(['ping']);

/** Checks the shape of an incoming message, so nothing at the boundary needs a cast. */
export function isToWorker(value: unknown): value is ToWorker {
  if (typeof value !== 'object' || value === null) return false;
  const { id, type } = value as { id?: unknown; type?: unknown };
  return typeof id === 'number' && typeof type === 'string' && (type === 'cancel' || REQUEST_TYPES.has(type));
}

export function isWorkerEvent(value: unknown): value is WorkerEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { id, type } = value as { id?: unknown; type?: unknown };
  return (
    typeof id === 'number' &&
    (type === 'progress' || type === 'done' || type === 'aborted' || type === 'error')
  );
}
