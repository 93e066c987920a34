/**
 * Serves the demo web shop page (demo/embed-host/) on its own port, so the widget runs on another
 * origin than its host, as on a real shop:
 *   node --import tsx scripts/demo-host.ts --port 4174 --widget http://localhost:4173
 * The page loads embed.js from the widget's origin. Only the demo folder's own files are served.
 * `/isolated.html` is the same page made cross-origin isolated (COOP + COEP), for the widget's
 * multi-threaded path (docs/embed.md).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4174' },
    widget: { type: 'string', default: 'http://localhost:4173' },
  },
});
const port = Number(values.port);
const widgetOrigin = new URL(values.widget).origin;
const FOLDER = new URL('../demo/embed-host/', import.meta.url);
const FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/isolated.html': 'index.html',
  '/host.js': 'host.js',
  '/host.css': 'host.css',
  '/other-site.html': 'other-site.html',
};
const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css' };
const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = FILES[path];
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`${path} is not part of the demo shop`);
    return;
  }
  readFile(new URL(file, FOLDER), 'utf8').then(
    (text) => {
      const type = TYPES[file.split('.').pop() ?? ''] ?? 'text/plain';
      const isolation = path === '/isolated.html' ? ISOLATION : {};
      response
        .writeHead(200, {
          'Content-Type': `${type}; charset=utf-8`,
          'Cache-Control': 'no-store',
          ...isolation,
        })
        .end(text.replaceAll('%AISLE_WIDGET_ORIGIN%', widgetOrigin));
    },
    (error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    },
  );
}).listen(port, () => console.log(`Demo web shop: http://localhost:${port}/ (widget from ${widgetOrigin})`));
