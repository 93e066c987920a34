import { AisleError } from '../errors.ts';
import type { ModelSource } from './model-files.ts';

/** Model files fetched over HTTP from one folder of the app's own origin, with byte-level progress. */
export function fetchSource(baseUrl: string): ModelSource {
  return {
    async read(path, onBytes, signal) {
      const url = new URL(path, baseUrl).href;
      let response: Response;
      try {
        response = await fetch(url, { signal, cache: 'no-store' });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new AisleError(
          'model-file-missing',
          `The model file ${path} could not be downloaded (${String(error)}). Check the kiosk's connection to its server.`,
        );
      }
      if (!response.ok)
        throw new AisleError(
          'model-file-missing',
          `The model file ${path} is missing on the server (HTTP ${response.status}). The kiosk installation is incomplete.`,
        );
      const reader = response.body?.getReader();
      if (!reader) return new Uint8Array(await response.arrayBuffer());
      const chunks: Uint8Array[] = [];
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        onBytes(loaded);
      }
      const bytes = new Uint8Array(loaded);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      return bytes;
    },
  };
}
