// Runs public/models/multilingual-e5-small with onnxruntime-web's WebGPU backend in headless Chromium
// (--enable-unsafe-webgpu: a software adapter where there is no GPU) and compares the vectors with the golden
// fixture. Usage, from the repo root (needs node_modules with onnxruntime-web and playwright-core):
//   node tools/model/webcheck/check-e5-webgpu.mjs [path/to/chromium]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const repo = process.cwd();
const executablePath = process.argv[2] ?? '/usr/bin/chromium';
const TYPES = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };
const PAGE = `<!doctype html><script type="module">
import * as ort from '/node_modules/onnxruntime-web/dist/ort.webgpu.bundle.min.mjs';
window.run = async () => {
  const dir = '/public/models/multilingual-e5-small/';
  const manifest = await (await fetch(dir + 'manifest.json')).json();
  const bytes = async (p) => new Uint8Array(await (await fetch(dir + p)).arrayBuffer());
  const graph = manifest.files.find((f) => f.role === 'graph');
  const externalData = [];
  for (const f of manifest.files.filter((f) => f.role === 'external-data')) externalData.push({ path: f.path, data: await bytes(f.path) });
  const s = await ort.InferenceSession.create(await bytes(graph.path), {
    executionProviders: ['webgpu'], graphOptimizationLevel: 'all', externalData, extra: graph.sessionConfig ?? {},
  });
  const fx = await (await fetch('/tests/fixtures/models/e5-embeddings.json')).json();
  const out = [];
  for (const item of fx.items) {
    const n = item.inputIds.length;
    const t = (a) => new ort.Tensor('int64', BigInt64Array.from(a.map(BigInt)), [1, n]);
    const r = await s.run({ input_ids: t(item.inputIds), attention_mask: t(new Array(n).fill(1)) });
    const h = r.last_hidden_state.data, D = r.last_hidden_state.dims[2];
    const v = new Float64Array(D);
    for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) v[d] += h[i * D + d];
    const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
    let maxDiff = 0;
    item.head.forEach((x, d) => (maxDiff = Math.max(maxDiff, Math.abs(v[d] / norm - x))));
    out.push({ text: item.text, maxDiff });
  }
  return { adapter: !!(await navigator.gpu?.requestAdapter()), out };
};
window.ready = true;
</script>`;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  if (url.pathname === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
  const file = path.join(repo, decodeURIComponent(url.pathname));
  if (!file.startsWith(repo) || !fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready === true);
  const result = await page.evaluate(() => window.run());
  console.log(JSON.stringify(result, null, 1));
  const worst = Math.max(...result.out.map((r) => r.maxDiff));
  console.log(`WebGPU: ${result.out.length} golden vectors, worst |diff| in the first values ${worst.toExponential(2)}`);
  process.exitCode = worst < 1e-3 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
