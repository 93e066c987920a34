import type { BandwidthRequest, BandwidthResult } from './api.ts';
import type { BandwidthCommand, BandwidthReply } from './bandwidth-worker.ts';
import BandwidthWorker from './bandwidth-worker.ts?worker';

function ask(worker: Worker, command: BandwidthCommand): Promise<BandwidthReply> {
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BandwidthReply>) => resolve(event.data), {
      once: true,
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
    worker.postMessage(command);
  });
}

/**
 * Read bandwidth as the model's weights see it: `workers` threads each stream their own buffer, far bigger
 * than the caches, with a SIMD read loop; all bytes read over the wall time from start to the last reader.
 */
export async function measureBandwidth(request: BandwidthRequest): Promise<BandwidthResult> {
  const workers = Array.from({ length: request.workers }, () => new BandwidthWorker());
  try {
    await Promise.all(workers.map((worker) => ask(worker, { type: 'prepare', bytes: request.bytes })));
    const started = performance.now();
    await Promise.all(workers.map((worker) => ask(worker, { type: 'read', passes: request.passes })));
    const seconds = (performance.now() - started) / 1000;
    const bytes = request.bytes * request.passes * request.workers;
    return { workers: request.workers, readGBps: bytes / seconds / 1e9, kernel: 'wasm-simd128 v128.load x4' };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
