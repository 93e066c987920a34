/** How much the bench measures: the full run (minutes) or the smoke run (seconds, for `npm test`). */
export interface BenchSettings {
  mode: 'full' | 'smoke';
  lm: { threads: number[]; promptTokens: number[]; decodeTokens: number; cachedLoad: boolean };
  embed: { queries: number; passages: number };
  bandwidth: { bytes: number; passes: number; workers: number[] };
  search: {
    sizes: number[];
    queries: number;
    rounds: number;
    serializeUpTo: number;
    /** Products of the demo catalog to scale from; all when absent. */
    demoProducts?: number;
    /** Relevance queries used for recall; all when absent. */
    relevanceQueries?: number;
  };
  profile: { promptTokens: number; decodeSteps: number };
  app: { loadModels: boolean };
}

export const FULL: BenchSettings = {
  mode: 'full',
  lm: { threads: [1, 2], promptTokens: [128, 512], decodeTokens: 128, cachedLoad: true },
  embed: { queries: 30, passages: 128 },
  bandwidth: { bytes: 256 * 1024 * 1024, passes: 4, workers: [1, 2] },
  search: {
    sizes: [1_000, 10_000, 100_000],
    queries: 40,
    rounds: 2,
    serializeUpTo: 10_000,
  },
  profile: { promptTokens: 128, decodeSteps: 12 },
  app: { loadModels: true },
};

/** Every path once, with tiny sizes: proves the bench (and what it drives) works, not how fast. */
export const SMOKE: BenchSettings = {
  mode: 'smoke',
  lm: { threads: [2], promptTokens: [16], decodeTokens: 4, cachedLoad: false },
  embed: { queries: 3, passages: 8 },
  bandwidth: { bytes: 32 * 1024 * 1024, passes: 1, workers: [1] },
  search: {
    sizes: [1_000],
    queries: 5,
    rounds: 1,
    serializeUpTo: 1_000,
    demoProducts: 32,
    relevanceQueries: 5,
  },
  profile: { promptTokens: 8, decodeSteps: 3 },
  app: { loadModels: false },
};
