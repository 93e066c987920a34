import { decodeRate } from './findings.ts';
import type { BenchResults } from './results.ts';

const f = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
const mb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '–' : f(bytes / 1e6, 1);
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function lmTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const run of results.lm) {
    const peer =
      run.engine === 'aisle'
        ? results.lm.find((r) => r.engine === 'wllama' && r.threads === run.threads)
        : undefined;
    const metric = (label: string, value: number | null, peerValue: number | null | undefined, digits = 1) =>
      rows.push([
        `${run.engine} ${run.threads}T`,
        label,
        f(value, digits),
        peerValue === undefined ? '' : f(peerValue, digits),
        peerValue === undefined ? '' : ratio(value ?? NaN, peerValue ?? NaN),
      ]);
    metric('load cold, ms', run.loadColdMs, peer?.loadColdMs, 0);
    metric('load from cache, ms', run.loadCachedMs, peer?.loadCachedMs, 0);
    for (const p of run.prompts) {
      const q = peer?.prompts.find((x) => x.label === p.label);
      metric(`${p.label}: prefill tok/s`, p.prefillTokensPerSecond, q?.prefillTokensPerSecond);
      metric(`${p.label}: first token, ms`, p.ttftMs, q?.ttftMs, 0);
    }
    metric(
      `decode tok/s (${results.settings.lm.decodeTokens} greedy, median)`,
      decodeRate(run),
      peer ? decodeRate(peer) : undefined,
    );
    metric(
      'peak renderer memory, MB',
      (run.peakRendererBytes ?? NaN) / 1e6,
      peer ? (peer.peakRendererBytes ?? NaN) / 1e6 : undefined,
      0,
    );
  }
  return table(
    ['engine, threads', 'measure', 'value', 'wllama', 'ours / wllama'],
    rows.filter((r) => !r[0]?.startsWith('wllama')),
  );
}

function searchTable(results: BenchResults): string {
  return table(
    [
      'products',
      'build ms (ours / Orama)',
      'heap MB (ours / Orama)',
      'Orama JSON MB',
      'lexical p50/p95 ms (ours)',
      'BM25 p50/p95 ms (Orama)',
      'dense p50/p95 ms',
      'hybrid p50/p95 ms',
    ],
    results.search.rows.map((row) => [
      String(row.products),
      `${f(row.aisle.buildMs, 0)} / ${f(row.orama.buildMs, 0)}`,
      `${mb(row.aisle.heapBytes)} / ${mb(row.orama.heapBytes)}`,
      mb(row.orama.serializedBytes),
      `${f(row.aisle.lexicalMs.p50, 2)} / ${f(row.aisle.lexicalMs.p95, 2)}`,
      `${f(row.orama.lexicalMs.p50, 2)} / ${f(row.orama.lexicalMs.p95, 2)}`,
      `${f(row.aisle.denseMs.p50, 2)} / ${f(row.aisle.denseMs.p95, 2)}`,
      `${f(row.aisle.hybridMs.p50, 2)} / ${f(row.aisle.hybridMs.p95, 2)}`,
    ]),
  );
}

/** The Markdown section one run appends to bench/RESULTS.md. */
export function markdownReport(results: BenchResults): string {
  const { machine, browser, versions, app, embed, search } = results;
  const recall = search.recall;
  const sol = results.speedOfLight;
  const parts = [
    `## ${results.startedAt} (${results.mode}, ${f(results.durationSeconds / 60, 1)} min)`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${f(machine.memoryGiB, 0)} GiB, ${machine.os}, Node ${machine.node}. ` +
      `Browser: Chromium ${browser.version} headless (cross-origin isolated: ${browser.crossOriginIsolated}, ${browser.hardwareConcurrency} threads). ` +
      `Versions: ${Object.entries(versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    `### Language model (WebAssembly) — ours vs wllama, same GGUF source, same prompts, greedy`,
    lmTable(results),
    `WebGPU: ${results.webgpu.note}`,
    `### Decode speed of light`,
    table(
      [
        'engine, threads',
        'weight bytes / token, MB',
        'read bandwidth, GB/s',
        'floor, ms/token',
        'measured, ms/token',
        'of the limit',
      ],
      sol.rows.map((r) => [
        `${r.engine} ${r.threads}T`,
        mb(r.bytesPerToken),
        f(r.bandwidthGBps, 1),
        f(r.floorMsPerToken, 1),
        f(r.measuredMsPerToken, 1),
        `${f(r.fractionOfLimit * 100, 0)}%`,
      ]),
    ),
    `Bytes per token: ${sol.weights.map((w) => `${w.engine}: ${w.source}`).join('; ')}. Bandwidth: ${results.bandwidth.map((b) => `${b.workers} reader(s) ${f(b.readGBps, 1)} GB/s`).join(', ')} (${results.bandwidth[0]?.kernel ?? ''}, in this browser).`,
    `### Embeddings (${embed.threads} threads)`,
    `Load ${f(embed.loadMs, 0)} ms; single query p50 ${f(embed.singleQueryMs.p50, 1)} ms, p95 ${f(embed.singleQueryMs.p95, 1)} ms (${embed.singleQueryMs.count} queries); batch ${embed.batch.texts} product texts: ${f(embed.batch.textsPerSecond, 1)} texts/s.`,
    `### Search — ours vs Orama (BM25), same products and queries`,
    searchTable(results),
    search.notes.map((n) => `- ${n}`).join('\n'),
    recall
      ? `Recall@10 on ${recall.queries} relevance queries over ${recall.products} products: ours hybrid ${f(recall.recallAt10.aisleHybrid, 3)} (lexical ${f(recall.recallAt10.aisleLexical, 3)}, dense ${f(recall.recallAt10.aisleDense, 3)}), Orama ${f(recall.recallAt10.orama, 3)}; ratio hybrid/Orama ${ratio(recall.recallAt10.aisleHybrid, recall.recallAt10.orama)}.`
      : 'Recall@10: no relevance set (eval/search/relevance.jsonl) yet.',
    `### App (production build)`,
    table(
      [
        'visit',
        'first screen, ms',
        'assistant ready (models loaded), ms',
        'models loaded (from click), ms',
        'downloaded to ready, MB',
        'downloaded in all, MB',
      ],
      (['cold', 'warm'] as const).map((v) => [
        v,
        f(app[v].firstScreenMs, 0),
        f(app[v].workerReadyMs, 0),
        f(app[v].modelsLoadMs, 0),
        mb(app[v].bytesToReady),
        mb(app[v].bytesTotal),
      ]),
    ),
    `JavaScript: ${mb(app.bundle.jsBytes)} MB (${mb(app.bundle.jsGzipBytes)} MB gzipped); WebAssembly ${mb(app.bundle.wasmBytes)} MB; CSS ${mb(app.bundle.cssBytes)} MB. Requests blocked outside the machine: ${app.blockedRequests.length}.`,
    `### Findings`,
    results.findings.map((line) => `- ${line}`).join('\n'),
  ];
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}
