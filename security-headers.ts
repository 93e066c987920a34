/**
 * The headers every server of the kiosk sends: the dev server, `vite preview` (what `npm start` runs) and,
 * as documented in docs/deploy.md, any static host a chain deploys to.
 *
 * Cross-origin isolation (COOP + COEP) lets onnxruntime-web run multi-threaded WebAssembly. The
 * Content-Security-Policy allows only the app's own origin: no CDN, hub or font host can be reached.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // onnxruntime-web compiles its WebAssembly at run time.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob:",
  "img-src 'self' blob: data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

export const PRODUCTION_HEADERS = {
  ...ISOLATION_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * The web shop widget's two entry files are meant for other sites: the loader script is fetched by the
 * shop's page, and the widget page is framed by it (which, on an isolated shop page, needs CORP too).
 * Everything else stays same-origin.
 */
export const EMBED_ENTRY_FILES = ['/embed.js', '/embed.html'] as const;
export const EMBED_ENTRY_HEADERS = { 'Cross-Origin-Resource-Policy': 'cross-origin' } as const;
