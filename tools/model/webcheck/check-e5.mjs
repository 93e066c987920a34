// Runs public/models/multilingual-e5-small in onnxruntime-web (WASM backend, Node) on token ids that
// evaluate_e5.py wrote, and writes the mean-pooled, L2-normalised vectors back.  Usage:
//   node check-e5.mjs <ort-web-dir-with-node_modules> <repo-root> <in.json> <out.json>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [ortDir, repo, inPath, outPath] = process.argv.slice(2);
const ort = await import(pathToFileURL(path.join(ortDir, 'node_modules/onnxruntime-web/dist/ort.node.min.mjs')).href);
ort.env.wasm.numThreads = 1;
const ortVersion = JSON.parse(fs.readFileSync(path.join(ortDir, 'node_modules/onnxruntime-web/package.json'))).version;
const dir = path.join(repo, 'public/models/multilingual-e5-small');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json')));
const graph = manifest.files.find((f) => f.role === 'graph');
const externalData = manifest.files.filter((f) => f.role === 'external-data')
  .map((f) => ({ path: f.path, data: new Uint8Array(fs.readFileSync(path.join(dir, f.path))) }));
const t0 = performance.now();
const s = await ort.InferenceSession.create(new Uint8Array(fs.readFileSync(path.join(dir, graph.path))), {
  executionProviders: ['wasm'], externalData, graphOptimizationLevel: 'all',
  extra: graph.sessionConfig ?? {},
});
const createMs = performance.now() - t0;
const { items, batch } = JSON.parse(fs.readFileSync(inPath));

async function embed(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const ids = new BigInt64Array(rows.length * width);
  const mask = new BigInt64Array(rows.length * width);
  rows.forEach((r, i) => r.forEach((id, j) => { ids[i * width + j] = BigInt(id); mask[i * width + j] = 1n; }));
  const out = await s.run({
    input_ids: new ort.Tensor('int64', ids, [rows.length, width]),
    attention_mask: new ort.Tensor('int64', mask, [rows.length, width]),
  });
  const h = out.last_hidden_state.data; const D = out.last_hidden_state.dims[2];
  return rows.map((r, i) => {
    const v = new Float64Array(D);
    for (let t = 0; t < r.length; t++) for (let d = 0; d < D; d++) v[d] += h[(i * width + t) * D + d];
    const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
    return Array.from(v, (x) => x / n);
  });
}
const t1 = performance.now();
const single = [];
for (const ids of items) single.push((await embed([ids]))[0]);
const singleMs = (performance.now() - t1) / items.length;
// the same texts padded into batches: padding must not change a vector
const batched = [];
for (let i = 0; i < items.length; i += batch) batched.push(...(await embed(items.slice(i, i + batch))));
fs.writeFileSync(outPath, JSON.stringify({ ortWebVersion: ortVersion, backend: 'wasm', createMs, singleMs, single, batched }));
console.log(`onnxruntime-web ${ortVersion}: ${items.length} texts, session ${createMs.toFixed(0)} ms, ${singleMs.toFixed(1)} ms/text`);
