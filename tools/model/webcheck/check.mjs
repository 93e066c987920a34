// Runs the exported models in onnxruntime-web (WASM backend, Node) and compares with the
// Python reference written by evaluate.py.  Usage:
//   node check.mjs <ort-web-install-dir> <repo-root> <webref.json> <out.json>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [ortDir, repo, refPath, outPath] = process.argv.slice(2);
const ort = await import(pathToFileURL(path.join(ortDir, 'node_modules/onnxruntime-web/dist/ort.node.min.mjs')).href);
ort.env.wasm.numThreads = 1;
const ortVersion = JSON.parse(fs.readFileSync(path.join(ortDir, 'node_modules/onnxruntime-web/package.json'))).version;
const ref = JSON.parse(fs.readFileSync(refPath));
const result = { ortWebVersion: ortVersion, backend: 'wasm' };

async function session(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json')));
  const graph = manifest.files.find((f) => f.role === 'graph');
  const externalData = manifest.files.filter((f) => f.role === 'external-data')
    .map((f) => ({ path: f.path, data: new Uint8Array(fs.readFileSync(path.join(dir, f.path))) }));
  const s = await ort.InferenceSession.create(new Uint8Array(fs.readFileSync(path.join(dir, graph.path))), {
    executionProviders: ['wasm'], externalData, graphOptimizationLevel: 'all',
  });
  return { s, manifest };
}

const maxAbs = (a, b) => { let m = 0; for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i])); return m; };
const argmax = (a, off, n) => { let bi = 0, bv = -Infinity; for (let i = 0; i < n; i++) if (a[off + i] > bv) { bv = a[off + i]; bi = i; } return bi; };

// ---------------------------------------------------------------- LM
{
  const dir = path.join(repo, 'public/models/smollm2-135m-instruct');
  const { s, manifest } = await session(dir);
  const g = manifest.graph;
  const V = g.vocabSize;
  const empty = () => new ort.Tensor('float32', new Float32Array(0), [1, g.numKvHeads, 0, g.headDim]);
  async function step(ids, past) {
    const pastLen = past ? past['present.0.key'].dims[2] : 0;
    const feeds = {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(pastLen + ids.length).fill(1n), [1, pastLen + ids.length]),
    };
    for (let i = 0; i < g.numLayers; i++) {
      feeds[`past_key_values.${i}.key`] = past ? past[`present.${i}.key`] : empty();
      feeds[`past_key_values.${i}.value`] = past ? past[`present.${i}.value`] : empty();
    }
    const out = await s.run(feeds);
    return out;
  }
  // logits parity for one prefill + one decode step
  const r = ref.lm;
  const o1 = await step(r.prefillIds, null);
  const last1 = o1.logits.data.subarray((r.prefillIds.length - 1) * V, r.prefillIds.length * V);
  const o2 = await step([r.decodeId], o1);
  const last2 = o2.logits.data.subarray(0, V);
  result.lm = {
    inputs: s.inputNames.length, outputs: s.outputNames.length,
    presentDims: o1['present.0.key'].dims, presentType: o1['present.0.key'].type,
    prefillMaxAbsDiff: maxAbs(last1, r.prefillLastLogits), decodeMaxAbsDiff: maxAbs(last2, r.decodeLogits),
    prefillArgmax: argmax(last1, 0, V), refPrefillArgmax: r.prefillArgmax,
  };
  // greedy fixtures
  const fx = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/models/lm-greedy.json')));
  const eos = new Set(fx.eosTokenIds);
  result.greedy = [];
  for (const c of fx.cases) {
    let out = await step(c.inputIds, null);
    let pos = c.inputIds.length - 1;
    const gen = [];
    for (let t = 0; t < fx.maxNewTokens; t++) {
      const nxt = argmax(out.logits.data, pos * V, V);
      gen.push(nxt);
      if (eos.has(nxt)) break;
      out = await step([nxt], out);
      pos = 0;
    }
    const same = gen.length === c.generatedIds.length && gen.every((v, i) => v === c.generatedIds[i]);
    result.greedy.push({ name: c.name, match: same, got: same ? undefined : gen });
  }
}

// ---------------------------------------------------------------- embedder
{
  const dir = path.join(repo, 'public/models/all-minilm-l6-v2');
  const { s } = await session(dir);
  const fx = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/models/embeddings.json')));
  const cos = [];
  for (const c of fx.items) {
    const n = c.inputIds.length;
    const t = (a) => new ort.Tensor('int64', BigInt64Array.from(a.map(BigInt)), [1, n]);
    const out = await s.run({ input_ids: t(c.inputIds), attention_mask: t(new Array(n).fill(1)), token_type_ids: t(new Array(n).fill(0)) });
    const h = out.last_hidden_state.data; const D = out.last_hidden_state.dims[2];
    const v = new Float64Array(D);
    for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) v[d] += h[i * D + d] / n;
    let nv = 0, dot = 0, nr = 0;
    for (let d = 0; d < D; d++) { nv += v[d] * v[d]; }
    nv = Math.sqrt(nv);
    for (let d = 0; d < D; d++) { dot += (v[d] / nv) * c.vector[d]; nr += c.vector[d] * c.vector[d]; }
    cos.push(dot / Math.sqrt(nr));
  }
  result.embedder = { count: cos.length, minCos: Math.min(...cos), meanCos: cos.reduce((a, b) => a + b, 0) / cos.length };
}

result.ok = result.greedy.every((g) => g.match) && result.embedder.minCos >= 0.9999 &&
  result.lm.prefillArgmax === result.lm.refPrefillArgmax;
fs.writeFileSync(outPath, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
process.exit(result.ok ? 0 : 1);
