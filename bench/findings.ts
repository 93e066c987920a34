import type { BandwidthResult } from './page/api.ts';
import type { PhaseProfile } from './profile-parse.ts';
import type { LmMeasured, SpeedOfLightRow } from './results.ts';

/** Decode rate of a run: the median over its prompts. */
export function decodeRate(run: LmMeasured): number {
  const rates = run.prompts.map((p) => p.decodeTokensPerSecond).sort((a, b) => a - b);
  return rates[Math.floor((rates.length - 1) / 2)] ?? NaN;
}

export function speedOfLight(
  runs: readonly LmMeasured[],
  bandwidth: readonly BandwidthResult[],
  bytesPerToken: Record<string, number>,
): SpeedOfLightRow[] {
  return runs.map((run) => {
    // The bandwidth of as many readers as the engine has threads (or the nearest measured).
    const band =
      bandwidth.find((b) => b.workers === run.threadsUsed) ??
      [...bandwidth].sort(
        (a, b) => Math.abs(a.workers - run.threadsUsed) - Math.abs(b.workers - run.threadsUsed),
      )[0];
    const bytes = bytesPerToken[run.engine] ?? NaN;
    const gbps = band?.readGBps ?? NaN;
    const floorMs = (bytes / (gbps * 1e9)) * 1000;
    const measuredMs = 1000 / decodeRate(run);
    return {
      engine: run.engine,
      threads: run.threads,
      bytesPerToken: bytes,
      bandwidthGBps: gbps,
      floorMsPerToken: floorMs,
      measuredMsPerToken: measuredMs,
      fractionOfLimit: floorMs / measuredMs,
    };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function topOps(profile: PhaseProfile | undefined, count: number): string {
  if (!profile) return 'no profile';
  return profile.ops
    .slice(0, count)
    .map((op) => `${op.op} ${ms(op.msPerRun)} (${pct(op.share)})`)
    .join(', ');
}

/**
 * Where we are slower than wllama, and why, from this run's figures: the phase ratios, the operators the
 * profile blames, and decode against the memory limit.
 */
export function findings(
  runs: readonly LmMeasured[],
  profile: readonly PhaseProfile[],
  limits: readonly SpeedOfLightRow[],
): string[] {
  const lines: string[] = [];
  const prefill = profile.find((p) => p.phase === 'prefill');
  const decode = profile.find((p) => p.phase === 'decode');
  const session = profile.find((p) => p.phase === 'session');
  for (const ours of runs.filter((r) => r.engine === 'aisle')) {
    const peer = runs.find((r) => r.engine === 'wllama' && r.threads === ours.threads);
    if (!peer) continue;
    const decodeRatio = decodeRate(ours) / decodeRate(peer);
    const prefillRatios = ours.prompts.map((p) => {
      const other = peer.prompts.find((q) => q.label === p.label);
      return other
        ? `${p.label} ${(p.prefillTokensPerSecond / other.prefillTokensPerSecond).toFixed(2)}×`
        : '';
    });
    const slower: string[] = [];
    if (decodeRatio < 1) slower.push(`decode (${topOps(decode, 1)} of a step)`);
    const prefillSlow = ours.prompts.some((p) => {
      const other = peer.prompts.find((q) => q.label === p.label);
      return other !== undefined && p.prefillTokensPerSecond < other.prefillTokensPerSecond;
    });
    if (prefillSlow) slower.push(`prefill (${topOps(prefill, 2)} of the prompt pass)`);
    if (ours.loadColdMs > peer.loadColdMs)
      slower.push(
        `cold load (session creation alone ${ms(session?.msPerRun ?? NaN)}: onnxruntime folds the 4-bit weights to fp32 there)`,
      );
    if (slower.length > 0)
      lines.push(`${ours.threads} thread(s), slower than wllama in: ${slower.join('; ')}.`);
    lines.push(
      `${ours.threads} thread(s): decode ours/wllama ${decodeRatio.toFixed(2)}×, prefill ${prefillRatios.filter(Boolean).join(', ')}, cold load takes ${(ours.loadColdMs / peer.loadColdMs).toFixed(2)}× as long.`,
    );
  }
  if (decode)
    lines.push(
      `Decode profile (onnxruntime-web enableProfiling, 1 thread, ${decode.runs} steady steps): ${ms(decode.msPerRun)} per step; ${topOps(decode, 4)}. ` +
        'FusedMatMul is the projections and the head over weights folded to fp32 at load (DequantizeLinear constant-folded).',
    );
  if (prefill)
    lines.push(`Prefill profile (${prefill.runs} run): ${ms(prefill.msPerRun)}; ${topOps(prefill, 4)}.`);
  const ours = limits.find((l) => l.engine === 'aisle');
  const peer = limits.find((l) => l.engine === 'wllama' && l.threads === ours?.threads);
  if (ours && peer)
    lines.push(
      `Memory limit (${ours.threads} thread(s)): ours reads ${(ours.bytesPerToken / 1e6).toFixed(0)} MB of fp32 weights per token, ` +
        `wllama ${(peer.bytesPerToken / 1e6).toFixed(0)} MB of Q4_1/Q8_0 blocks (ours ${(ours.bytesPerToken / peer.bytesPerToken).toFixed(1)}× as many); ` +
        `at ${ours.bandwidthGBps.toFixed(1)} GB/s our floor is ${ms(ours.floorMsPerToken)}/token against ${ms(ours.measuredMsPerToken)} measured (${pct(ours.fractionOfLimit)} of the limit), ` +
        `wllama's ${ms(peer.floorMsPerToken)} against ${ms(peer.measuredMsPerToken)} (${pct(peer.fractionOfLimit)}).`,
    );
  return lines;
}
