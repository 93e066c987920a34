import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, defineConfig, type Connect, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webAppManifest } from './pwa-manifest.ts';
import {
  CONTENT_SECURITY_POLICY,
  EMBED_ENTRY_FILES,
  EMBED_ENTRY_HEADERS,
  ISOLATION_HEADERS,
  PRODUCTION_HEADERS,
} from './security-headers.ts';

/** Puts the policy into the built index.html too, so it holds on hosts that cannot set headers. */
function cspMetaTag(): Plugin {
  return {
    name: 'aisle-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Builds the web shop's loader, `embed.js`, on its own as one classic script at a fixed address (a
 * host page loads it with a plain <script src>, so it can neither be a module nor have a hashed name).
 */
function embedLoader(): Plugin {
  let outDir = 'dist';
  return {
    name: 'aisle-embed-loader',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: async () => {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: {
            entry: 'src/embed/loader.ts',
            formats: ['iife'],
            name: 'AisleEmbed',
            fileName: () => 'embed.js',
          },
        },
      });
    },
  };
}

/**
 * Sends the embed entry files with the headers of other sites' use (EMBED_ENTRY_HEADERS). The servers set
 * the app's headers on every file after plugins run, so this keeps those names from being overwritten.
 */
function embedEntryHeaders(): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (EMBED_ENTRY_FILES.some((file) => path.endsWith(file))) {
      const setHeader = res.setHeader.bind(res);
      const own: Record<string, string> = Object.fromEntries(
        Object.entries(EMBED_ENTRY_HEADERS).map(([name, value]) => [name.toLowerCase(), value]),
      );
      res.setHeader = (name, value) => setHeader(name, own[name.toLowerCase()] ?? value);
      for (const [name, value] of Object.entries(EMBED_ENTRY_HEADERS)) setHeader(name, value);
    }
    next();
  };
}

function embedHeaders(): Plugin {
  return {
    name: 'aisle-embed-headers',
    configureServer: (server) => {
      server.middlewares.use(embedEntryHeaders());
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(embedEntryHeaders());
    },
  };
}

const packageVersion: unknown = JSON.parse(readFileSync('package.json', 'utf8')).version;
/** The build's version as staff see it; a fleet's deploy can set its own (a date, a commit). */
const version = process.env.AISLE_VERSION ?? String(packageVersion);

export default defineConfig({
  // Relative asset paths: one static build works from any folder of any host.
  base: './',
  define: { __AISLE_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    cspMetaTag(),
    embedLoader(),
    embedHeaders(),
    VitePWA({
      // Our own small service worker (src/sw/), with Workbox's precache injected; see docs/offline.md.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      // The page registers it with workbox-window (src/offline/), to decide itself when an update applies.
      injectRegister: false,
      registerType: 'prompt',
      manifest: webAppManifest,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,wasm,svg,png,webmanifest,woff2}', 'catalog/*.{json,bin}'],
        // The models stay in the runtime's own caches (one copy); the raw demo export is not used by the app.
        globIgnores: ['models/**', 'catalog/products.json'],
        // onnxruntime-web's WebAssembly is 28 MB; the search vectors and catalog are far smaller.
        maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The kiosk, and the web shop's widget (embed.html, with its loader built by embedLoader).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  // The dev server runs React's inline refresh script, which a strict CSP would block: isolation only.
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: PRODUCTION_HEADERS, port: 4173, strictPort: true },
});
