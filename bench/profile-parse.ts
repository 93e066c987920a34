/** Per-operator time of one phase (prefill or decode) from an onnxruntime profile. */
export interface PhaseProfile {
  phase: 'session' | 'prefill' | 'decode';
  /** Model runs averaged (the first run is the prefill; early decode runs are warm-up and left out). */
  runs: number;
  /** Wall time of one run as the profiler saw it, in ms (profiling adds a little per node). */
  msPerRun: number;
  /** Operator types by kernel time, largest first. */
  ops: { op: string; msPerRun: number; share: number }[];
}

interface ProfileEvent {
  cat: string;
  name: string;
  ts: number;
  dur: number;
  args?: { op_name?: string };
}

function isEvent(value: unknown): value is ProfileEvent {
  if (typeof value !== 'object' || value === null) return false;
  return ['cat', 'name', 'ts', 'dur'].every((key) => key in value);
}

/** The profile's events, from onnxruntime's JSON-array output mixed into other output. */
function events(output: string): ProfileEvent[] {
  const found: ProfileEvent[] = [];
  for (const line of output.split('\n')) {
    const trimmed = line.trim().replace(/,$/, '');
    if (!trimmed.startsWith('{"cat"')) continue;
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (isEvent(parsed)) found.push(parsed);
    } catch {
      // a line cut by interleaved output: one event less does not change the totals
    }
  }
  return found;
}

function phase(all: ProfileEvent[], runs: ProfileEvent[], name: PhaseProfile['phase']): PhaseProfile {
  const byOp = new Map<string, number>();
  for (const run of runs) {
    const end = run.ts + run.dur;
    for (const event of all) {
      const op = event.args?.op_name;
      if (event.cat !== 'Node' || !op || event.ts < run.ts || event.ts > end) continue;
      byOp.set(op, (byOp.get(op) ?? 0) + event.dur);
    }
  }
  const count = Math.max(1, runs.length);
  const total = [...byOp.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    phase: name,
    runs: runs.length,
    msPerRun: runs.reduce((sum, run) => sum + run.dur, 0) / count / 1000,
    ops: [...byOp]
      .map(([op, micros]) => ({ op, msPerRun: micros / count / 1000, share: micros / total }))
      .sort((a, b) => b.msPerRun - a.msPerRun),
  };
}

/**
 * Splits a generation's profile into its prefill (the first model run) and its steady decode runs, and
 * sums kernel time per operator type in each.
 */
export function parseOrtProfile(output: string, warmupDecodeRuns = 2): PhaseProfile[] {
  const all = events(output);
  const runs = all
    .filter((event) => event.cat === 'Session' && event.name === 'model_run')
    .sort((a, b) => a.ts - b.ts);
  const [prefill, ...decode] = runs;
  if (!prefill) throw new Error('the profile holds no model run');
  // Session creation: loading the graph and onnxruntime's load-time transforms (constant folding included).
  const init = all.find((event) => event.cat === 'Session' && event.name === 'session_initialization');
  const session: PhaseProfile = { phase: 'session', runs: 1, msPerRun: (init?.dur ?? NaN) / 1000, ops: [] };
  return [session, phase(all, [prefill], 'prefill'), phase(all, decode.slice(warmupDecodeRuns), 'decode')];
}
