/**
 * The bench page: each measurement as one function on `window.aisleBench`, for bench/run.ts to call
 * through Playwright. Model engines run in dedicated workers, as in the app.
 */
import { importCatalog } from '../../src/core/catalog/index.ts';
import { MAX_THREADS } from '../../src/core/runtime/backend.ts';
import { runAisleLm } from './aisle-lm.ts';
import type { BenchApi, BrowserFacts } from './api.ts';
import { measureBandwidth } from './bandwidth.ts';
import { runEmbed } from './embed-bench.ts';
import { ModelClient } from './model-client.ts';
import { runSearch } from './search-bench.ts';
import { runWllamaLm } from './wllama-lm.ts';

interface AdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; description?: string };
}

async function browserFacts(): Promise<BrowserFacts> {
  const gpu: { requestAdapter(): Promise<AdapterLike | null> } | undefined = Reflect.get(navigator, 'gpu');
  let webgpu: BrowserFacts['webgpu'] = 'none';
  let webgpuAdapter: string | null = null;
  const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
  if (adapter) {
    webgpu = (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter) ? 'fallback' : 'hardware';
    const info = adapter.info;
    webgpuAdapter =
      [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ') || 'unnamed';
  }
  return {
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    hardwareConcurrency: navigator.hardwareConcurrency || 1,
    webgpu,
    webgpuAdapter,
  };
}

async function demoCatalog() {
  const response = await fetch(new URL('catalog/products.json', document.baseURI));
  if (!response.ok) throw new Error(`the demo catalog is missing (HTTP ${response.status})`);
  return importCatalog(new Uint8Array(await response.arrayBuffer()), { file: 'products.json' }).catalog;
}

/** The page's embedder worker, started by the first call that needs it and shared by the rest. */
type SharedEmbedder = { client: ModelClient; loadMs: number; threads: number };
let embedder: Promise<SharedEmbedder> | undefined;
function sharedEmbedder(): Promise<SharedEmbedder> {
  embedder ??= (async () => {
    const threads = Math.max(1, Math.min(MAX_THREADS, navigator.hardwareConcurrency || 1));
    const client = new ModelClient({ threads, ignoreEos: false, model: 'embedder' });
    const started = performance.now();
    await client.load();
    return { client, loadMs: performance.now() - started, threads };
  })();
  return embedder;
}

const api: BenchApi = {
  browser: browserFacts,
  lm: (request) => (request.engine === 'aisle' ? runAisleLm(request) : runWllamaLm(request)),
  embed: async (request) => runEmbed(await sharedEmbedder(), request),
  bandwidth: measureBandwidth,
  async search(request) {
    const demo = await demoCatalog();
    const products = demo.products.slice(0, request.demoProducts ?? demo.products.length);
    return runSearch({ ...demo, products }, (await sharedEmbedder()).client, request);
  },
};
window.aisleBench = api;
document.body.dataset.ready = 'true';
