import type { BenchResults } from './results.ts';

const positive = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * What the smoke run must show for the bench (and what it drives) to count as working: every engine
 * loaded and generated the tokens asked for, every figure is a real number, nothing left the machine.
 * Throws with every failure listed.
 */
export function checkSmoke(results: BenchResults): void {
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => void (ok || failures.push(what));
  for (const run of results.lm) {
    const name = `${run.engine} ${run.threads}T`;
    expect(positive(run.loadColdMs), `${name}: load time`);
    for (const p of run.prompts) {
      expect(
        p.generatedTokens === results.settings.lm.decodeTokens,
        `${name}: generated ${p.generatedTokens} tokens`,
      );
      expect(
        positive(p.prefillTokensPerSecond) && positive(p.decodeTokensPerSecond),
        `${name}: ${p.label} rates`,
      );
      expect(
        Math.abs(p.promptTokens - (results.settings.lm.promptTokens[0] ?? NaN)) <= 2,
        `${name}: prompt of ${p.promptTokens} tokens`,
      );
    }
  }
  expect(
    results.lm.some((r) => r.engine === 'wllama'),
    'wllama ran',
  );
  expect(
    results.bandwidth.every((b) => positive(b.readGBps)),
    'memory bandwidth',
  );
  expect(
    positive(results.embed.batch.textsPerSecond) && positive(results.embed.singleQueryMs.p50),
    'embeddings',
  );
  for (const row of results.search.rows)
    expect(
      positive(row.aisle.buildMs) && positive(row.orama.buildMs) && positive(row.aisle.hybridMs.p50),
      `search at ${row.products}`,
    );
  expect(
    positive(results.app.cold.firstScreenMs) && positive(results.app.warm.firstScreenMs),
    'app first screen',
  );
  expect(positive(results.app.bundle.jsBytes), 'app bundle');
  expect(
    results.app.blockedRequests.length === 0,
    `requests left the machine: ${results.app.blockedRequests.join(', ')}`,
  );
  expect(
    results.profile.some((p) => p.phase === 'decode' && p.ops.length > 0),
    'operator profile',
  );
  expect(
    results.speedOfLight.rows.every((r) => positive(r.floorMsPerToken)),
    'speed of light',
  );
  if (failures.length > 0) throw new Error(`the smoke run found problems:\n- ${failures.join('\n- ')}`);
}
