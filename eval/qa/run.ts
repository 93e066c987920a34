/**
 * `npm run eval:qa [-- --split dev|train --limit N --first-run "idea"]`: answers hetPQA's product questions
 * with answerFromEvidence beside a word-overlap baseline, prints the figures and, on a full dev run, rewrites
 * the "## Product questions (hetPQA)" section of docs/quality.md; `--first-run "idea"` keeps that run's
 * figures as the first full run of a new idea, once. Needs /work/shared/data/qa/hetpqa.
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
import { figuresLine, figuresTable, qaSection, replaceQaSection, type IdeaRun } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = '/work/shared/data/qa/hetpqa';
const QUALITY = `${ROOT}docs/quality.md`;
/** The first full dev run of each idea, kept in the report for honesty. */
const IDEA_RUNS = `${ROOT}eval/qa/idea-runs.json`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      limit: { type: 'string' },
      'first-run': { type: 'string' },
    },
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
  let ideas: IdeaRun[] = existsSync(IDEA_RUNS)
    ? (JSON.parse(await readFile(IDEA_RUNS, 'utf8')) as IdeaRun[])
    : [];
  const idea = values['first-run'];
  // A later run under the same name changes nothing: the record stays the honest "before".
  if (idea !== undefined && !ideas.some((run) => run.idea === idea)) {
    ideas = [...ideas, { idea, figures: figuresLine(figures) }];
    await writeFile(IDEA_RUNS, `${JSON.stringify(ideas, null, 2)}\n`);
  }
  const date = new Date().toISOString().slice(0, 10);
  const document = existsSync(QUALITY) ? await readFile(QUALITY, 'utf8') : undefined;
  // Formatted as `prettier --check` wants it, so the rewrite touches nothing outside this section.
  const updated = replaceQaSection(document, qaSection(figures, { date, ideas }));
  const options = (await resolveConfig(QUALITY)) ?? {};
  await writeFile(QUALITY, await format(updated, { ...options, filepath: QUALITY }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
