import { AisleError } from '../errors.ts';
import type { ModelSource } from './model-files.ts';

export interface FetchSourceOptions {
  /** Tries per file, the first included (default 5). */
  attempts?: number;
  /** Waits before try `attempt` (1, 2, …); the default backs off 0.5 s, 1 s, 2 s, 4 s. */
  pause?: (attempt: number, signal?: AbortSignal) => Promise<void>;
  fetch?: typeof fetch;
}

function backOff(attempt: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, 500 * 2 ** (attempt - 1));
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function joined(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A server error may pass; a missing file will not come back by asking again. */
const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Model files fetched over HTTP from one folder of the app's own origin, with byte-level progress. A download
 * that breaks off (the network drops, the body ends short of the file's size) is resumed where it stopped with
 * a `Range` request, a few times with a growing pause, so a kiosk on a flaky network does not start over.
 */
export function fetchSource(baseUrl: string, options: FetchSourceOptions = {}): ModelSource {
  const attempts = options.attempts ?? 5;
  const pause = options.pause ?? backOff;
  const request = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async read(path, onBytes, signal, expectedBytes) {
      const url = new URL(path, baseUrl).href;
      const chunks: Uint8Array[] = [];
      let loaded = 0;
      let lastProblem = '';
      for (let attempt = 0; attempt < attempts; attempt++) {
        if (attempt > 0) await pause(attempt, signal);
        signal?.throwIfAborted();
        try {
          const response = await request(url, {
            signal,
            cache: 'no-store',
            headers: loaded > 0 ? { range: `bytes=${loaded}-` } : {},
          });
          if (!response.ok) {
            lastProblem = `HTTP ${response.status}`;
            if (retryable(response.status)) continue;
            throw new AisleError(
              'model-file-missing',
              `The model file ${path} is missing on the server (HTTP ${response.status}). The kiosk installation is incomplete.`,
            );
          }
          // A server that ignores the range sends the whole file again: keep that instead.
          if (loaded > 0 && response.status !== 206) {
            chunks.length = 0;
            loaded = 0;
          }
          const reader = response.body?.getReader();
          if (!reader) {
            const bytes = new Uint8Array(await response.arrayBuffer());
            chunks.push(bytes);
            loaded += bytes.byteLength;
            onBytes(loaded);
          }
          for (;;) {
            const step = await reader?.read();
            if (!step || step.done) break;
            chunks.push(step.value);
            loaded += step.value.byteLength;
            onBytes(loaded);
          }
          if (expectedBytes === undefined || loaded >= expectedBytes) return joined(chunks, loaded);
          lastProblem = `the download stopped after ${loaded} of ${expectedBytes} bytes`;
        } catch (error) {
          if (signal?.aborted || error instanceof AisleError) throw error;
          lastProblem = String(error);
        }
      }
      throw new AisleError(
        'model-file-missing',
        `The model file ${path} could not be downloaded (${lastProblem}, ${attempts} tries). Check the kiosk's connection to its server.`,
      );
    },
  };
}
