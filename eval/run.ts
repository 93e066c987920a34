/**
 * `npm run eval [-- --set eval/sets/<name>] [--limit N] [--mode model|template|both] [--check]`: runs the
 * assistant over one evaluation set, or every set under eval/sets, each over its own catalog with its store
 * profile; writes every answer and score to eval/results/<timestamp>-<set>.json and, on a full run of all
 * sets in both modes, rewrites the "## Assistant" section of docs/quality.md. `--check` only validates
 * the sets (shape, product ids, expectations) without running the assistant.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { evaluateMode, type ModeResult } from './evaluate.ts';
import { assistantSection, replaceSection, type SetReport } from './report.ts';
import { checkSets, readSet, readSetCatalog, setDirs, setProblems, type EvalSet } from './sets.ts';
import type { ModeSummary } from './summary.ts';
import type { EvalMode } from './types.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
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
    `  intents ${pct(s.intentAccuracy)}  invented ${s.inventedFacts}` +
    `  don't-know said ${pct(s.dontKnowSaid)} (${s.dontKnowSaid.hits}/${s.dontKnowSaid.total})` +
    ` avoided ${pct(s.dontKnowAvoided)} (${s.dontKnowAvoided.hits}/${s.dontKnowAvoided.total})` +
    `  first card ${Math.round(s.medianFirstCardMs)} ms  last token ${Math.round(s.medianLastTokenMs)} ms`
  );
}

/** Runs one set in the given modes and writes its results file. */
async function runSet(set: EvalSet, modes: EvalMode[], limit: number | undefined): Promise<SetReport> {
  const catalog = await readSetCatalog(ROOT, set);
  const problems = setProblems(set, catalog);
  if (problems.length > 0) throw new Error(`${set.dir} is not valid:\n  ${problems.join('\n  ')}`);
  const conversations = limit === undefined ? set.conversations : set.conversations.slice(0, limit);
  // Loaded here, not at the top: --check validates the sets without loading the assistant and its models.
  const { askBatch } = await import('../cli/commands/ask.ts');
  const facts = { products: new Map(catalog.products.map((p) => [p.id, p])), store: catalog.store };
  const results: Partial<Record<EvalMode, ModeResult>> = {};
  for (const mode of modes) {
    process.stderr.write(`${set.name} ${mode}: `);
    results[mode] = await evaluateMode(mode, conversations, {
      askBatch,
      catalogPath: join(ROOT, set.file.catalog),
      catalog,
      facts,
      onAnswer: () => process.stderr.write('.'),
    });
    process.stderr.write('\n');
  }
  const date = new Date();
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  await mkdir(join(ROOT, 'eval/results'), { recursive: true });
  const resultsFile = `eval/results/${stamp}-${set.name}.json`;
  const record = { date: date.toISOString(), set: set.dir, catalog: set.file.catalog, limit, modes: results };
  await writeFile(join(ROOT, resultsFile), `${JSON.stringify(record, null, 2)}\n`);
  const summaries: Partial<Record<EvalMode, ModeSummary>> = {};
  for (const mode of modes) {
    const result = results[mode];
    if (!result) continue;
    summaries[mode] = result.summary;
    console.log(`${set.name.padEnd(13)} ${line(mode, result.summary)}`);
  }
  console.log(`answers and scores: ${resultsFile}`);
  return { name: set.name, dir: set.dir, catalog: set.file.catalog, summaries };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      mode: { type: 'string', default: 'both' },
      set: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const only = values.set?.replace(/\/+$/, '');
  if (values.check) {
    const problems = await checkSets(ROOT, only);
    for (const problem of problems) console.log(problem);
    if (problems.length > 0) throw new Error(`${problems.length} problems in the evaluation sets`);
    console.log(`${only ?? 'every set under eval/sets'}: well-formed`);
    return;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error('--limit must be a positive whole number');
  const modes = modesOf(values.mode ?? 'both');
  const dirs = only === undefined ? await setDirs(ROOT) : [only];
  const reports: SetReport[] = [];
  for (const dir of dirs) reports.push(await runSet(await readSet(ROOT, dir), modes, limit));

  // A partial run would misreport the sets: only a full run of every set in both modes updates the page.
  if (limit === undefined && modes.length === 2 && only === undefined) {
    const previous = await readFile(join(ROOT, QUALITY), 'utf8').catch(() => undefined);
    const section = assistantSection(reports, { date: new Date().toISOString().slice(0, 10) });
    // Formatted as `npm test` checks it (aligned table columns), so a fresh run leaves the tree clean.
    const config = (await resolveConfig(join(ROOT, QUALITY))) ?? {};
    const page = await format(replaceSection(previous, section), { ...config, parser: 'markdown' });
    await writeFile(join(ROOT, QUALITY), page);
    console.log(`updated ${QUALITY}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
