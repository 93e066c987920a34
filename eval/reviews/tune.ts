/**
 * Tuning of the clause summary on FewSum's train split only: mean ROUGE-L of each setting given on the
 * command line as JSON (`npx tsx eval/reviews/tune.ts '{"budget":40}' '{"budget":50}'`). Validation is
 * never read here; `npm run eval:reviews` reports it for the defaults.
 */
import { reviewInsights } from '../../src/core/assistant/reviews/index.ts';
import type { ClauseSummaryOptions } from '../../src/core/assistant/reviews/extractive-summary.ts';
import { readFewSum } from './fewsum.ts';
import { meanRougeF } from './rouge.ts';

const train = await readFewSum('train');
const settings = process.argv.slice(2).map((arg) => JSON.parse(arg) as Partial<ClauseSummaryOptions>);
for (const setting of settings.length === 0 ? [{}] : settings) {
  let rougeL = 0;
  let length = 0;
  for (const p of train) {
    const summary = reviewInsights(p.reviews, { locale: 'en', clauseSummary: setting }).summary;
    rougeL += meanRougeF(summary, p.references).rougeL;
    length += summary.split(/\s+/).filter(Boolean).length;
  }
  const n = train.length;
  console.log(
    `R-L ${((100 * rougeL) / n).toFixed(2)}  ${(length / n).toFixed(0)} words  ${JSON.stringify(setting)}`,
  );
}
