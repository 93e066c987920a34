import type { AppFigures } from './app-bench.ts';
import type {
  BandwidthResult,
  BrowserFacts,
  EmbedRunResult,
  LmRunResult,
  SearchResultSet,
} from './page/api.ts';
import type { PhaseProfile } from './profile-parse.ts';
import type { BenchSettings } from './settings.ts';

/** One language-model run with the memory the browser's renderers peaked at meanwhile. */
export interface LmMeasured extends LmRunResult {
  peakRendererBytes: number | null;
  baselineRendererBytes: number | null;
}

/** Decode against the memory limit: weight bytes each token reads over the measured bandwidth. */
export interface SpeedOfLightRow {
  engine: string;
  threads: number;
  bytesPerToken: number;
  bandwidthGBps: number;
  /** The fastest decode the memory allows: bytes per token over bandwidth. */
  floorMsPerToken: number;
  measuredMsPerToken: number;
  /** floor / measured: 1 means decode runs at the memory limit. */
  fractionOfLimit: number;
}

/** Everything one bench run measured: written as bench/results/<timestamp>.json. */
export interface BenchResults {
  schema: 1;
  mode: BenchSettings['mode'];
  startedAt: string;
  durationSeconds: number;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  browser: BrowserFacts & { version: string };
  versions: Record<string, string>;
  settings: BenchSettings;
  lm: LmMeasured[];
  webgpu: { measured: boolean; note: string };
  bandwidth: BandwidthResult[];
  speedOfLight: {
    weights: { engine: string; bytesPerToken: number; source: string }[];
    rows: SpeedOfLightRow[];
  };
  embed: EmbedRunResult;
  search: SearchResultSet & { notes: string[] };
  app: AppFigures;
  profile: PhaseProfile[];
  findings: string[];
}
