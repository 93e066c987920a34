/**
 * What the bench page offers its driver (bench/run.ts, through Playwright): one async function per
 * measurement, each taking and returning plain JSON so it crosses `page.evaluate` unchanged.
 */

export type LmEngineName = 'aisle' | 'wllama';

/** One prompt to time: its text gives `tokens` tokens with the model's tokenizer. */
export interface BenchPrompt {
  label: string;
  text: string;
  tokens: number;
}

export interface LmRunRequest {
  engine: LmEngineName;
  threads: number;
  prompts: BenchPrompt[];
  /** Greedy tokens generated after each prompt (end-of-sequence ignored, so every run makes this many). */
  decodeTokens: number;
  /** wllama's model file, served by the bench server. */
  ggufUrl: string;
  /** Also time a second load from the engine's browser cache. */
  cachedLoad: boolean;
}

export interface PromptTiming {
  label: string;
  /** Prompt tokens as the engine counted them. */
  promptTokens: number;
  /** Time to first token: the prompt's forward pass plus picking the first token. */
  ttftMs: number;
  prefillTokensPerSecond: number;
  generatedTokens: number;
  decodeTokensPerSecond: number;
  /** The first characters of the greedy continuation, to check both engines compute the same thing. */
  textStart: string;
}

export interface LmRunResult {
  engine: LmEngineName;
  threads: number;
  /** Threads the engine reports it runs with (wllama may refuse multi-threading). */
  threadsUsed: number;
  /** Fetch from the server, verify and compile, in a fresh browser profile. */
  loadColdMs: number;
  /** A second load in a new worker, from the engine's own browser cache (null when not asked for). */
  loadCachedMs: number | null;
  prompts: PromptTiming[];
}

export interface EmbedRunRequest {
  queries: string[];
  passages: string[];
}

export interface EmbedRunResult {
  threads: number;
  loadMs: number;
  singleQueryMs: { p50: number; p95: number; count: number };
  batch: { texts: number; ms: number; textsPerSecond: number };
}

export interface BandwidthRequest {
  /** Bytes each worker reads per pass: well above any cache. */
  bytes: number;
  passes: number;
  workers: number;
}

export interface BandwidthResult {
  workers: number;
  /** All bytes read by all workers over the wall time, in GB/s (10^9 bytes). */
  readGBps: number;
  kernel: string;
}

export interface SearchRequest {
  /** Catalog sizes to build, e.g. 1k, 10k, 100k products. */
  sizes: number[];
  /** How many generated queries time each index. */
  queries: number;
  /** Query repeats for the latency percentiles. */
  rounds: number;
  /** Serialise Orama's index only up to this size (its JSON grows large). */
  serializeUpTo: number;
  /** Products of the demo catalog to scale from; all when absent. */
  demoProducts?: number;
  /** Queries with the product ids that answer them (eval/search/relevance.jsonl); empty skips recall. */
  relevance: { id: string; query: string; relevant: string[] }[];
}

export interface LatencySummary {
  p50: number;
  p95: number;
}

export interface EngineSearchFigures {
  buildMs: number;
  /** Growth of the JavaScript heap when the index is built, after garbage collection. */
  heapBytes: number | null;
  /** Bytes of the index serialised, where the library can serialise it. */
  serializedBytes: number | null;
  lexicalMs: LatencySummary;
}

export interface SearchScaleRow {
  products: number;
  aisle: EngineSearchFigures & { denseMs: LatencySummary; hybridMs: LatencySummary };
  orama: EngineSearchFigures;
}

export interface RecallResult {
  queries: number;
  products: number;
  embedMs: number;
  recallAt10: { aisleHybrid: number; aisleLexical: number; aisleDense: number; orama: number };
}

export interface SearchResultSet {
  rows: SearchScaleRow[];
  recall: RecallResult | null;
}

export interface BrowserFacts {
  userAgent: string;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** 'none', 'fallback' (a software adapter such as SwiftShader) or 'hardware'. */
  webgpu: 'none' | 'fallback' | 'hardware';
  webgpuAdapter: string | null;
}

export interface BenchApi {
  browser(): Promise<BrowserFacts>;
  lm(request: LmRunRequest): Promise<LmRunResult>;
  embed(request: EmbedRunRequest): Promise<EmbedRunResult>;
  bandwidth(request: BandwidthRequest): Promise<BandwidthResult>;
  search(request: SearchRequest): Promise<SearchResultSet>;
}

declare global {
  interface Window {
    aisleBench?: BenchApi;
  }
}
