/// <reference lib="webworker" />
import { createHandler } from './handler.ts';
import { isToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = createHandler((event, transfer) => self.postMessage(event, transfer ?? []));
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWorker(event.data)) void handle(event.data);
});
