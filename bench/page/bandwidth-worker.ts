/// <reference lib="webworker" />
/** One reader of the memory-bandwidth probe: fills its own buffer, then reads it on the page's signal. */
import { READ_KERNEL } from './read-kernel.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Messages from the page: prepare a buffer, then read it `passes` times. */
export type BandwidthCommand = { type: 'prepare'; bytes: number } | { type: 'read'; passes: number };
/** Replies: buffer ready, then the checksum of the reads (kept so the reads cannot be optimised away). */
export type BandwidthReply = { type: 'prepared' } | { type: 'read'; checksum: number };

let kernel: { sum: (start: number, end: number) => number; bytes: number } | undefined;

async function prepare(bytes: number): Promise<void> {
  const { instance } = await WebAssembly.instantiate(READ_KERNEL);
  const memory = instance.exports.mem;
  const sum = instance.exports.sum;
  if (!(memory instanceof WebAssembly.Memory) || typeof sum !== 'function')
    throw new Error('the read kernel lacks its exports');
  memory.grow(Math.ceil(bytes / 65536));
  // Touch every page: untouched pages all map to one zero page and would be read from cache.
  new Float32Array(memory.buffer).fill(1);
  kernel = { sum: (start, end) => Number(sum(start, end)), bytes };
}

self.addEventListener('message', (event: MessageEvent<BandwidthCommand>) => {
  const command = event.data;
  if (command.type === 'prepare') {
    void prepare(command.bytes).then(() => self.postMessage({ type: 'prepared' } satisfies BandwidthReply));
    return;
  }
  let checksum = 0;
  for (let pass = 0; pass < command.passes; pass++) checksum += kernel?.sum(0, kernel.bytes) ?? 0;
  self.postMessage({ type: 'read', checksum } satisfies BandwidthReply);
});
