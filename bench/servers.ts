import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { serveGguf } from './serve-gguf.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH_CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const APP_CONFIG = `${ROOT}vite.config.ts`;
/** The app's production build, made by the bench into its own folder so it never races `npm run build`. */
export const APP_DIST = fileURLToPath(new URL('./dist/app/', import.meta.url));

/** Own ports (never the e2e tests' 4173). */
const BENCH_PORT = 4191;
const APP_PORT = 4190;

export async function buildAll(): Promise<void> {
  await build({ configFile: BENCH_CONFIG, logLevel: 'warn' });
  await build({
    configFile: APP_CONFIG,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: APP_DIST, emptyOutDir: true },
  });
}

export interface Servers {
  benchUrl: string;
  appUrl: string;
  close(): Promise<void>;
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('a preview server started without an address');
  return url;
}

/** The bench page (with the GGUF route) and the production app, each served the way `npm start` serves. */
export async function startServers(ggufPath: string): Promise<Servers> {
  const bench = await preview({
    configFile: BENCH_CONFIG,
    logLevel: 'warn',
    plugins: [serveGguf(ggufPath)],
    preview: { port: BENCH_PORT, strictPort: true, host: 'localhost' },
  });
  const app = await preview({
    configFile: APP_CONFIG,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: APP_DIST },
    preview: { port: APP_PORT, strictPort: true, host: 'localhost' },
  });
  return {
    benchUrl: urlOf(bench),
    appUrl: urlOf(app),
    async close() {
      await Promise.all([bench.close(), app.close()]);
    },
  };
}
