import react from '@vitejs/plugin-react';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, defineConfig, type Connect, type Plugin } from 'vite';
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

export default defineConfig({
  // Relative asset paths: one static build works from any folder of any host.
  base: './',
  plugins: [react(), cspMetaTag(), embedLoader(), embedHeaders()],
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
