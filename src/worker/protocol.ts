/**
 * The message protocol between the UI thread and the assistant worker; both sides import this file.
 *
 * Flow: the UI posts a request `{id, type, ...params}` with an id unique to that UI. The worker answers
 * with zero or more streamed events carrying the same id (`progress` while models load, `token` while an
 * answer is generated), then exactly one terminal event for that id: `done` with the result, `aborted`,
 * or `error` with `{code, message}`. The UI may post `{type: 'cancel', id}` at any time; the worker then
 * ends that request with `aborted` within one decode step (or `done`, if it finished first).
 * Catalog tasks (`importCatalog`, `useCatalog`) stream `task` progress events instead of `progress`;
 * `ask` streams the answer's product `cards` first, then its checked `text` so far; it carries the UI's
 * language. `useStoreProfile` swaps the store profile of the catalog in use (staff's edit) without reindexing.
 * Nothing is broadcast without an id. Embedding vectors and catalog bytes travel as transferables.
 */
import type { Catalog, ImportResult, StoreProfile } from '../core/catalog/types.ts';
import type { SerializedError } from '../core/errors.ts';
import type { Locale } from '../i18n/locale.ts';
import type { BackendRequest } from '../core/runtime/backend.ts';
import type { EmbedKind } from '../core/runtime/embedder.ts';
import type { EngineInfo } from '../core/runtime/engine.ts';
import type {
  GenerateOptions,
  GenerationInput,
  GenerationResult,
  TokenChunk,
} from '../core/runtime/language-model.ts';
import type { Progress } from '../core/runtime/progress.ts';
import type { SearchOptions } from '../core/search/product-search.ts';
import type {
  AnswerCard,
  AssistantAnswer,
  CatalogProgress,
  CatalogReady,
  CompareTable,
  PrebuiltIndex,
  SearchSummary,
} from '../core/shop/shop-service.ts';

export type { AnswerCard, CatalogProgress, CompareTable, Progress };

/** Each request type: what the UI sends with it and what the worker's `done` carries. */
export interface RequestMap {
  ping: { params: { sentAt: number }; result: { sentAt: number; answeredAt: number } };
  load: { params: { backend: BackendRequest }; result: EngineInfo };
  generate: {
    params: { input: GenerationInput; options: Omit<GenerateOptions, 'signal'> };
    result: GenerationResult;
  };
  embed: { params: { texts: string[]; kind?: EmbedKind }; result: { vectors: Float32Array[] } };
  reset: { params: Record<never, never>; result: Record<string, never> };
  importCatalog: { params: { bytes: Uint8Array; file: string; currency?: string }; result: ImportResult };
  useCatalog: { params: { catalog: Catalog; prebuilt?: PrebuiltIndex }; result: CatalogReady };
  useStoreProfile: { params: { store: StoreProfile }; result: Record<string, never> };
  search: { params: { query: string; options: Omit<SearchOptions, 'parse'> }; result: SearchSummary };
  ask: { params: { message: string; productId?: string; locale?: Locale }; result: AssistantAnswer };
  resetChat: { params: Record<never, never>; result: Record<string, never> };
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
  | { id: number; type: 'token'; chunk: TokenChunk }
  | { id: number; type: 'task'; progress: CatalogProgress }
  | { id: number; type: 'cards'; cards: AnswerCard[]; compare?: CompareTable }
  | { id: number; type: 'text'; text: string }
  | { id: number; type: 'done'; result: ResultOf<RequestType> }
  | { id: number; type: 'aborted' }
  | { id: number; type: 'error'; error: SerializedError };

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'ping',
  'load',
  'generate',
  'embed',
  'reset',
  'importCatalog',
  'useCatalog',
  'useStoreProfile',
  'search',
  'ask',
  'resetChat',
]);
const EVENT_TYPES: ReadonlySet<string> = new Set<WorkerEvent['type']>([
  'progress',
  'token',
  'task',
  'cards',
  'text',
  'done',
  'aborted',
  'error',
]);

function idAndType(value: unknown): { id: unknown; type: unknown } {
  return typeof value === 'object' && value !== null
    ? { id: Reflect.get(value, 'id'), type: Reflect.get(value, 'type') }
    : { id: undefined, type: undefined };
}

/** Checks the shape of an incoming message, so nothing at the boundary needs a cast. */
export function isToWorker(value: unknown): value is ToWorker {
  const { id, type } = idAndType(value);
  return typeof id === 'number' && typeof type === 'string' && (type === 'cancel' || REQUEST_TYPES.has(type));
}

export function isWorkerEvent(value: unknown): value is WorkerEvent {
  const { id, type } = idAndType(value);
  return typeof id === 'number' && typeof type === 'string' && EVENT_TYPES.has(type);
}
