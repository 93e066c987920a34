import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  // Relative asset paths: one static build works from any folder of any host.
  base: './',
  plugins: [react(), cspMetaTag()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  // The dev server runs React's inline refresh script, which a strict CSP would block: isolation only.
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: PRODUCTION_HEADERS, port: 4173, strictPort: true },
});
