/**
 * `npm run eval:qa [-- --split dev|train --limit N]`: answers hetPQA's product questions with
 * answerFromEvidence beside a word-overlap baseline, prints the figures and, on a full dev run, rewrites
 * the "## Product questions (hetPQA)" section of docs/quality.md. Needs /work/shared/data/qa/hetpqa.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { nodeEngine } from '../../cli/model-source.ts';
import { asker, evaluateAnswers, evaluateRanking } from './evaluate.ts';
import { readRows } from './hetpqa.ts';
import { diskVectorCache, VECTORS } from './vector-cache.ts';
import { figuresTable, qaSection, replaceQaSection } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = '/work/shared/data/qa/hetpqa';
const QUALITY = `${ROOT}docs/quality.md`;
/** The figures of the first full dev run, before any tuning, kept in the report for honesty. */
const FIRST_RUN = `${ROOT}eval/qa/first-run.md`;
/** The figures of the first full dev run of the restating, short-label replies (2026-12-02). */
const FIRST_RESTATING_RUN = `${ROOT}eval/qa/first-run-restating.md`;
/** The figures of the first full dev run of attribute-name matching (2026-12-02). */
const FIRST_NAMED_RUN = `${ROOT}eval/qa/first-run-names.md`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { split: { type: 'string', default: 'dev' }, limit: { type: 'string' } },
  });
  const split = values.split ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new Error('--split must be dev or train');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (!existsSync(DATA)) {
    process.stderr.write(`eval:qa needs the hetPQA data at ${DATA} (see its SOURCE.md); it is missing.\n`);
    process.exit(2);
  }
  const engine = nodeEngine({ threads: 2 });
  let loaded: Promise<void> | undefined;
  // The model loads only when a text is not in the on-disk cache yet.
  const vectors = await diskVectorCache(VECTORS, async (texts) => {
    loaded ??= engine.load({ backend: 'wasm', models: ['embedder'] }).then(() => undefined);
    await loaded;
    return engine.embed(texts);
  });
  const ask = asker(vectors.embed);
  const progress = (label: string) => (done: number) => {
    if (done % 50 === 0) process.stderr.write(`${label} ${done}\n`);
  };
  const cut = <T>(rows: T[]) => (limit === undefined ? rows : rows.slice(0, limit));
  const answers = await evaluateAnswers(cut(await readRows(`${DATA}/${split}.tsv`)), ask, progress(split));
  // The evidence ranking set is dev data: it is scored with the dev split only, never tuned on.
  const rankingRows = split === 'dev' ? await readRows(`${DATA}/evidence_ranking_dev.tsv`) : [];
  const rankingCut = limit === undefined ? rankingRows : rankingRows.slice(0, limit * 5);
  const ranking = await evaluateRanking(rankingCut, ask, 'question', progress('ranking'));
  const rankingByProduct = await evaluateRanking(rankingCut, ask, 'product', progress('ranking'));
  await vectors.save();
  if (loaded) await engine.dispose();

  const figures = { answers, ranking, rankingByProduct };
  process.stdout.write(`${figuresTable(figures, split)}\n`);
  await mkdir(`${ROOT}eval/results`, { recursive: true });
  await writeFile(
    `${ROOT}eval/results/qa-${split}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    JSON.stringify(figures, null, 1),
  );
  if (split !== 'dev' || limit !== undefined) return;
  const summary = `F1 ${answers.assistant.f1.toFixed(3)} (baseline ${answers.baseline.f1.toFixed(3)}), yes/no ${answers.assistant.yesNo.hits}/${answers.assistant.yesNo.total}, ranking ${ranking.assistant.hits}/${ranking.assistant.total} (baseline ${ranking.baseline.hits}/${ranking.baseline.total}).`;
  if (!existsSync(FIRST_RUN)) await writeFile(FIRST_RUN, `${summary}\n`);
  const first = (await readFile(FIRST_RUN, 'utf8')).trim();
  if (!existsSync(FIRST_RESTATING_RUN)) await writeFile(FIRST_RESTATING_RUN, `${summary}\n`);
  const firstRestating = (await readFile(FIRST_RESTATING_RUN, 'utf8')).trim();
  if (!existsSync(FIRST_NAMED_RUN)) await writeFile(FIRST_NAMED_RUN, `${summary}\n`);
  const firstNamed = (await readFile(FIRST_NAMED_RUN, 'utf8')).trim();
  const date = new Date().toISOString().slice(0, 10);
  const document = existsSync(QUALITY) ? await readFile(QUALITY, 'utf8') : undefined;
  // Formatted as `prettier --check` wants it, so the rewrite touches nothing outside this section.
  const updated = replaceQaSection(document, qaSection(figures, { date, first, firstRestating, firstNamed }));
  const options = (await resolveConfig(QUALITY)) ?? {};
  await writeFile(QUALITY, await format(updated, { ...options, filepath: QUALITY }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
