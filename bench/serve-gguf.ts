import { createReadStream, statSync } from 'node:fs';
import type { Plugin } from 'vite';
import { ISOLATION_HEADERS } from '../security-headers.ts';

/** The URL path the bench server gives the GGUF at: a local file, never a remote host. */
export const GGUF_ROUTE = '/bench-cache/model.gguf';

/** Serves the GGUF wllama loads, with a length and an ETag (wllama's cache keys on them). */
export function serveGguf(path: string): Plugin {
  return {
    name: 'aisle-bench-gguf',
    configurePreviewServer(server) {
      server.middlewares.use(GGUF_ROUTE, (_request, response) => {
        const { size, mtimeMs } = statSync(path);
        response.setHeader('Content-Type', 'application/octet-stream');
        response.setHeader('Content-Length', String(size));
        response.setHeader('ETag', `"${size}-${Math.floor(mtimeMs)}"`);
        for (const [name, value] of Object.entries(ISOLATION_HEADERS)) response.setHeader(name, value);
        createReadStream(path).pipe(response);
      });
    },
  };
}
