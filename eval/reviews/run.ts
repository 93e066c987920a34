/**
 * Review summaries against FewSum's human summaries: ROUGE-1/2/L F of our summary and of the extractive
 * centroid baseline, in one run, on the train split (development) and the validation split (report), and
 * the share of summary points backed by a quote. Writes "## Review summaries (FewSum)" into
 * docs/quality.md. `npm run eval:reviews`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { reviewInsights } from '../../src/core/assistant/reviews/index.ts';
import { centroidSummary, type CentroidWeighting } from './baseline.ts';
import { FEWSUM_DIR, readFewSum, type FewSumProduct } from './fewsum.ts';
import { backedPoints } from './faithfulness.ts';
import { replaceSection } from './quality-section.ts';
import { meanRougeF } from './rouge.ts';
import { section, type Figures, type IdeaRun, type SplitFigures } from './section.ts';

const QUALITY = new URL('../../docs/quality.md', import.meta.url);
const FIRST_RUN = new URL('./first-run.json', import.meta.url);
const IDEA_RUNS = new URL('./idea-runs.json', import.meta.url);
const HEADING = '## Review summaries (FewSum)';

if (!existsSync(FEWSUM_DIR)) {
  console.error(
    `eval:reviews: the FewSum data is not here: ${FEWSUM_DIR} (train.csv, val.csv). Nothing measured.`,
  );
  process.exit(1);
}

const train = await readFewSum('train');
const val = await readFewSum('val');

type Summarise = (product: FewSumProduct) => string;

function figures(products: readonly FewSumProduct[], summarise: Summarise): Figures {
  const scores = products.map((p) => meanRougeF(summarise(p), p.references));
  const mean = (key: 'rouge1' | 'rouge2' | 'rougeL') =>
    scores.reduce((s, x) => s + x[key], 0) / scores.length;
  const lengths = products.map((p) => summarise(p).split(/\s+/).filter(Boolean).length);
  return {
    rouge1: mean('rouge1'),
    rouge2: mean('rouge2'),
    rougeL: mean('rougeL'),
    words: lengths.reduce((s, x) => s + x, 0) / lengths.length,
  };
}

// The baseline at its best: the word budget and weighting that score highest ROUGE-L on train.
const budgets = [20, 30, 40, 50, 60, 70, 80, 100];
let best = { budget: 50, weighting: 'tf' as CentroidWeighting, rougeL: -1 };
for (const weighting of ['tf', 'tfidf'] as const)
  for (const budget of budgets) {
    const { rougeL } = figures(train, (p) =>
      centroidSummary(
        p.reviews.map((r) => r.text),
        { budget, weighting },
      ),
    );
    if (rougeL > best.rougeL) best = { budget, weighting, rougeL };
  }
const baseline: Summarise = (p) =>
  centroidSummary(
    p.reviews.map((r) => r.text),
    best,
  );
const ours: Summarise = (p) => reviewInsights(p.reviews, { locale: 'en' }).summary;

function split(products: readonly FewSumProduct[]): SplitFigures {
  let points = 0;
  let backed = 0;
  for (const product of products) {
    const tally = backedPoints(reviewInsights(product.reviews, { locale: 'en' }), product.reviews);
    points += tally.points;
    backed += tally.backed;
  }
  return {
    products: products.length,
    ours: figures(products, ours),
    baseline: figures(products, baseline),
    points,
    backed,
  };
}

const results = { train: split(train), val: split(val) };
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, r] of Object.entries(results)) {
  for (const [who, f] of [
    ['ours', r.ours],
    ['baseline', r.baseline],
  ] as const)
    console.log(
      `${name.padEnd(5)} ${who.padEnd(8)} R-1 ${pct(f.rouge1)}  R-2 ${pct(f.rouge2)}  R-L ${pct(f.rougeL)}  (${f.words.toFixed(0)} words)`,
    );
  console.log(
    `${name.padEnd(5)} R-L ours / baseline ${(r.ours.rougeL / r.baseline.rougeL).toFixed(2)}×; points backed by a quote ${r.backed}/${r.points}`,
  );
}
console.log(`baseline: bag-of-words centroid, ${best.weighting}, ${best.budget}-word budget (best on train)`);

let first: SplitFigures | undefined;
if (existsSync(FIRST_RUN)) first = JSON.parse(await readFile(FIRST_RUN, 'utf8')) as SplitFigures;
else {
  // The first full run's validation figures, kept as they were: the honest "before" of the tuning.
  await writeFile(FIRST_RUN, `${JSON.stringify(results.val, null, 2)}\n`);
  first = results.val;
}

// `npm run eval:reviews -- --first-run "idea"` keeps this run's figures as the first full run of a new
// idea, once: a later run under the same name changes nothing, so the record stays the honest "before".
let ideas: IdeaRun[] = [];
if (existsSync(IDEA_RUNS)) ideas = JSON.parse(await readFile(IDEA_RUNS, 'utf8')) as IdeaRun[];
const flag = process.argv.indexOf('--first-run');
const idea = flag < 0 ? undefined : process.argv[flag + 1];
if (idea !== undefined && !ideas.some((r) => r.idea === idea)) {
  ideas = [...ideas, { idea, val: results.val, train: results.train }];
  await writeFile(IDEA_RUNS, `${JSON.stringify(ideas, null, 2)}\n`);
}

let document: string | undefined;
try {
  document = await readFile(QUALITY, 'utf8');
} catch {
  // first run: the report starts here
}
const date = new Date().toISOString().slice(0, 10);
await writeFile(
  QUALITY,
  replaceSection(document, HEADING, section(HEADING, { ...results, first, ideas, baseline: best, date })),
);
