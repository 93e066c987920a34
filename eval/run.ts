/**
 * `npm run eval [-- --limit N --mode model|template|both --set F]`: runs the assistant over
 * eval/conversations.jsonl, writes every answer and score to eval/results/<timestamp>.json, and (on a
 * full run of both modes) rewrites the "## Assistant" section of docs/quality.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { askBatch } from '../cli/commands/ask.ts';
import { readCatalogFile } from '../cli/io.ts';
import { readConversations } from './conversations.ts';
import { evaluateMode, type ModeResult } from './evaluate.ts';
import { assistantSection, replaceSection } from './report.ts';
import type { ModeSummary } from './summary.ts';
import type { EvalMode } from './types.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SET = 'eval/conversations.jsonl';
const CATALOG = 'public/catalog/products.json';
const QUALITY = 'docs/quality.md';

function modesOf(value: string): EvalMode[] {
  if (value === 'both') return ['model', 'template'];
  if (value === 'model' || value === 'template') return [value];
  throw new Error(`--mode must be model, template or both, not "${value}"`);
}

function line(mode: EvalMode, s: ModeSummary): string {
  const pct = (t: { hits: number; total: number }) =>
    t.total ? `${Math.round((100 * t.hits) / t.total)}%` : '–';
  return (
    `${mode.padEnd(8)} answers ${pct(s.answerAccuracy)} (${s.answerAccuracy.hits}/${s.answerAccuracy.total})` +
    `  intents ${pct(s.intentAccuracy)}  invented ${s.inventedFacts}  don't-know ${pct(s.dontKnow)}` +
    `  first card ${Math.round(s.medianFirstCardMs)} ms  last token ${Math.round(s.medianLastTokenMs)} ms`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      mode: { type: 'string', default: 'both' },
      set: { type: 'string', default: SET },
    },
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error('--limit must be a positive whole number');
  const modes = modesOf(values.mode ?? 'both');
  const set = values.set ?? SET;
  const all = await readConversations(`${ROOT}${set}`);
  const conversations = limit === undefined ? all : all.slice(0, limit);
  const { catalog } = await readCatalogFile(`${ROOT}${CATALOG}`);
  const facts = { products: new Map(catalog.products.map((p) => [p.id, p])), store: catalog.store };

  const results: Partial<Record<EvalMode, ModeResult>> = {};
  for (const mode of modes) {
    process.stderr.write(`${mode}: `);
    results[mode] = await evaluateMode(mode, conversations, {
      askBatch,
      catalogPath: `${ROOT}${CATALOG}`,
      facts,
      onAnswer: () => process.stderr.write('.'),
    });
    process.stderr.write('\n');
  }

  const date = new Date();
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  await mkdir(`${ROOT}eval/results`, { recursive: true });
  const resultsFile = `eval/results/${stamp}.json`;
  const record = { date: date.toISOString(), set, catalog: CATALOG, limit, modes: results };
  await writeFile(`${ROOT}${resultsFile}`, `${JSON.stringify(record, null, 2)}\n`);

  const summaries: Partial<Record<EvalMode, ModeSummary>> = {};
  for (const mode of modes) {
    const result = results[mode];
    if (!result) continue;
    summaries[mode] = result.summary;
    console.log(line(mode, result.summary));
  }
  console.log(`answers and scores: ${resultsFile}`);
  // A partial run would misreport the set: only a full run of both modes updates the documentation.
  if (limit === undefined && modes.length === 2 && set === SET) {
    const previous = await readFile(`${ROOT}${QUALITY}`, 'utf8').catch(() => undefined);
    const section = assistantSection(summaries, {
      date: date.toISOString().slice(0, 10),
      file: SET,
      catalog: CATALOG,
    });
    // Formatted as `npm test` checks it (aligned table columns), so a fresh run leaves the tree clean.
    const config = (await resolveConfig(`${ROOT}${QUALITY}`)) ?? {};
    const page = await format(replaceSection(previous, section), { ...config, parser: 'markdown' });
    await writeFile(`${ROOT}${QUALITY}`, page);
    console.log(`updated ${QUALITY}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
