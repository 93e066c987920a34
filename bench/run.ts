/**
 * `npm run bench`: drives the production build and the bench page in headless Chromium and writes
 * bench/results/<timestamp>.json plus a Markdown section appended to bench/RESULTS.md.
 * `npm run bench:smoke` (`--smoke`) runs every path once with tiny sizes, writes nothing, and exits
 * non-zero when anything is broken.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { importCatalog } from '../src/core/catalog/index.ts';
import { readFileSync } from 'node:fs';
import { matrixWeightElements, readOnnxGraph } from './onnx-weights.ts';
import { measureApp } from './app-bench.ts';
import { launchBrowser, RendererMemory } from './browser.ts';
import { ensureGguf } from './gguf.ts';
import { ggufDecodeBytes } from './gguf-weights.ts';
import { findings, speedOfLight } from './findings.ts';
import { callPage, measureLm, onFreshPage, profileLm, relevanceSet } from './measure.ts';
import type { BandwidthResult, LmEngineName } from './page/api.ts';
import { catalogPrompts } from './prompts.ts';
import { markdownReport } from './report.ts';
import type { BenchResults, LmMeasured } from './results.ts';
import { APP_DIST, buildAll, ROOT, startServers } from './servers.ts';
import { FULL, SMOKE } from './settings.ts';
import { checkSmoke } from './smoke-checks.ts';

const settings = process.argv.includes('--smoke') ? SMOKE : FULL;
const started = Date.now();
const log = (line: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

function packageVersion(name: string): string {
  const json: unknown = JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8'));
  const version = typeof json === 'object' && json !== null ? Reflect.get(json, 'version') : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

/** fp32 bytes our decode reads per token, from the graph: its weight matrices as onnxruntime holds them. */
function ourDecodeBytes(): number {
  const graph = readOnnxGraph(readFileSync(`${ROOT}public/models/smollm2-135m-instruct/model.onnx`));
  return matrixWeightElements(graph) * Float32Array.BYTES_PER_ELEMENT;
}

async function main(): Promise<void> {
  log(`${settings.mode} run`);
  const gguf = await ensureGguf(log);
  log('building the bench page and the app');
  await buildAll();
  const servers = await startServers(gguf);
  const browser = await launchBrowser();
  try {
    const memory = await RendererMemory.attach(browser);
    const demo = importCatalog(await readFile(`${ROOT}public/catalog/products.json`), {
      file: 'products.json',
    }).catalog;
    const prompts = await catalogPrompts(demo, settings.lm.promptTokens);
    const facts = await onFreshPage(browser, servers.benchUrl, (page) =>
      callPage(page, 'browser', undefined),
    );

    const lm: LmMeasured[] = [];
    for (const threads of settings.lm.threads)
      for (const engine of ['aisle', 'wllama'] satisfies LmEngineName[]) {
        log(`language model: ${engine}, ${threads} thread(s)`);
        lm.push(await measureLm(browser, memory, servers.benchUrl, engine, threads, prompts, settings));
      }
    const webgpu =
      facts.webgpu === 'hardware'
        ? {
            measured: false,
            note: `a hardware adapter (${facts.webgpuAdapter}) is present; the bench does not time WebGPU yet.`,
          }
        : {
            measured: false,
            note:
              facts.webgpu === 'fallback'
                ? `skipped: the only adapter is a software fallback (${facts.webgpuAdapter}), which says nothing about GPUs.`
                : 'skipped: this browser has no WebGPU adapter.',
          };

    log('memory bandwidth');
    const bandwidth: BandwidthResult[] = [];
    for (const workers of settings.bandwidth.workers)
      bandwidth.push(
        await onFreshPage(browser, servers.benchUrl, (page) =>
          callPage(page, 'bandwidth', {
            bytes: settings.bandwidth.bytes,
            passes: settings.bandwidth.passes,
            workers,
          }),
        ),
      );

    log('embeddings and search');
    const passages = demo.products
      .slice(0, settings.embed.passages)
      .map((p) => `${p.title}. ${p.description}`);
    const queries = demo.products
      .slice(0, settings.embed.queries)
      .map((p) => p.title.split(' ').slice(0, 3).join(' '));
    const relevance = (await relevanceSet()).slice(0, settings.search.relevanceQueries);
    // One page and one embedder worker for both: the search needs the embedder the first step loads.
    const { embed, searchSet } = await onFreshPage(browser, servers.benchUrl, async (page) => ({
      embed: await callPage(page, 'embed', { queries, passages }),
      searchSet: await callPage(page, 'search', {
        sizes: settings.search.sizes,
        queries: settings.search.queries,
        rounds: settings.search.rounds,
        serializeUpTo: settings.search.serializeUpTo,
        demoProducts: settings.search.demoProducts,
        relevance,
      }),
    }));

    log('app: cold and warm visits');
    const app = await measureApp(browser, servers.appUrl, APP_DIST, settings.app);

    log('profiling our language model per operator');
    const profile = await profileLm(settings);

    const ours = ourDecodeBytes();
    const peer = await ggufDecodeBytes(gguf);
    const rows = speedOfLight(lm, bandwidth, { aisle: ours, wllama: peer.bytes });
    const results: BenchResults = {
      schema: 1,
      mode: settings.mode,
      startedAt: new Date(started).toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: totalmem() / 2 ** 30,
        os: `${platform()} ${release()}`,
        node: process.version,
      },
      browser: { ...facts, version: browser.version() },
      versions: Object.fromEntries(
        ['onnxruntime-web', '@wllama/wllama', '@orama/orama', 'minisearch', 'vite', '@playwright/test'].map(
          (n) => [n, packageVersion(n)],
        ),
      ),
      settings,
      lm,
      webgpu,
      bandwidth,
      speedOfLight: {
        weights: [
          {
            engine: 'aisle',
            bytesPerToken: ours,
            source: 'matrix weights in model.onnx × 4 bytes (fp32 after load)',
          },
          {
            engine: 'wllama',
            bytesPerToken: peer.bytes,
            source: `GGUF tensors read per token (${peer.types.join(', ')})`,
          },
        ],
        rows,
      },
      embed,
      search: {
        ...searchSet,
        notes: [
          'Build and heap: our lexical index (MiniSearch BM25 with prefix and typo matching) vs Orama BM25 (exact terms), same five fields and weights.',
          "Dense and hybrid query times exclude embedding the query (timed above under Embeddings): product vectors are the real embedder's for the demo catalog, reused for scaled copies with a small deterministic nudge.",
          'Scaled catalogs: bench/page/catalog-scale.ts (deterministic: new titles, model codes, shuffled and extended descriptions, prices, brands).',
        ],
      },
      app,
      profile,
      findings: [],
    };
    results.findings = findings(lm, profile, rows);

    for (const line of markdownReport(results).split('\n')) console.log(line);
    if (settings.mode === 'smoke') {
      checkSmoke(results);
      log('smoke run passed');
      return;
    }
    const stamp = results.startedAt.replace(/[:.]/g, '-');
    await mkdir(`${ROOT}bench/results`, { recursive: true });
    await writeFile(`${ROOT}bench/results/${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
    await appendFile(`${ROOT}bench/RESULTS.md`, `\n${markdownReport(results)}`);
    log(`wrote bench/results/${stamp}.json and appended to bench/RESULTS.md`);
  } finally {
    await browser.close();
    await servers.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
