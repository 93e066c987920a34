import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ISOLATION_HEADERS } from '../security-headers.ts';

/**
 * The bench page: its own build of the core and both peers, served with the app's isolation headers
 * (threads need them) and the app's public/ folder, so /models/ and /catalog/ resolve as in the app.
 * bench/run.ts adds the route that serves wllama's GGUF from bench/cache.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./page/', import.meta.url)),
  publicDir: fileURLToPath(new URL('../public/', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/page/', import.meta.url)),
    emptyOutDir: true,
  },
  worker: { format: 'es' },
  preview: { headers: ISOLATION_HEADERS, host: 'localhost', strictPort: true },
});
