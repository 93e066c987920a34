import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webAppManifest } from './pwa-manifest.ts';
import { CONTENT_SECURITY_POLICY, ISOLATION_HEADERS, PRODUCTION_HEADERS } from './security-headers.ts';

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
        globPatterns: ['**/*.{html,js,css,wasm,svg,png,webmanifest}', 'catalog/*.{json,bin}'],
        // The models stay in the runtime's own caches (one copy); the raw demo export is not used by the app.
        globIgnores: ['models/**', 'catalog/products.json'],
        // onnxruntime-web's WebAssembly is 28 MB; the search vectors and catalog are far smaller.
        maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  // The dev server runs React's inline refresh script, which a strict CSP would block: isolation only.
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: PRODUCTION_HEADERS, port: 4173, strictPort: true },
});
