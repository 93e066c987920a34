import type { Product } from '../../src/core/catalog/index.ts';
import {
  phraseReviewSummary,
  reviewInsights,
  type ReviewInsights,
} from '../../src/core/assistant/reviews/index.ts';
import { isLocale } from '../../src/i18n/locale.ts';
import { readCatalogFile, parseCommandArgs, UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';

export const reviewsHelp = `aisle reviews --catalog <file> --product <id> [--json] [--phrase] [--locale en|zh]
                               a product's review insights: ratings, sentiment, pros and cons with quotes, a summary
                               (--phrase: the summary worded by the language model, held to the quotes;
                               --locale: the summary's language, by default the reviews')`;

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      options: {
        catalog: { type: 'string' },
        product: { type: 'string' },
        json: { type: 'boolean', default: false },
        phrase: { type: 'boolean', default: false },
        locale: { type: 'string' },
      },
    },
    reviewsHelp,
  ).values;
}

/** Finds a product by id, or fails with a line that names the id. */
export async function findProduct(catalogFile: string, id: string): Promise<Product> {
  const { catalog } = await readCatalogFile(catalogFile);
  const product = catalog.products.find((p) => p.id === id);
  if (!product) throw new UsageError(`no product with id "${id}" in ${catalogFile}`);
  return product;
}

export async function reviewsCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parse(args);
  if (values.catalog === undefined || values.product === undefined)
    throw new UsageError(`usage: ${reviewsHelp}`);
  if (values.locale !== undefined && !isLocale(values.locale))
    throw new UsageError(`--locale must be en or zh, not "${values.locale}"`);
  const product = await findProduct(values.catalog, values.product);
  const insights = reviewInsights(
    product.reviews,
    values.locale === undefined ? {} : { locale: values.locale },
  );
  const summary = values.phrase ? await phrased(insights) : insights.summary;
  if (values.json) {
    const { pros, cons, sentiment, histogram } = insights;
    const point = ({ phrase, count, quote, quotes }: ReviewInsights['pros'][number]) => ({
      phrase,
      count,
      quote,
      quotes,
    });
    out(
      JSON.stringify(
        { summary, pros: pros.map(point), cons: cons.map(point), sentiment, histogram },
        null,
        2,
      ),
    );
  } else printInsights(product, { ...insights, summary }, out);
}

async function phrased(insights: ReviewInsights): Promise<string> {
  const engine = nodeEngine();
  try {
    await engine.load({ backend: 'wasm', models: ['languageModel'] });
    return (await phraseReviewSummary(engine, insights)).text;
  } finally {
    await engine.dispose();
  }
}

function printInsights(product: Product, insights: ReviewInsights, out: (line: string) => void): void {
  const average =
    insights.averageRating === null ? '' : `, average ${insights.averageRating.toFixed(1)} of 5`;
  out(`${product.title} (id ${product.id}): ${insights.reviewCount} reviews${average}`);
  out(`sentiment: ${insights.sentiment.label} (${insights.sentiment.score.toFixed(2)})`);
  const widest = Math.max(1, ...Object.values(insights.histogram));
  for (const stars of [5, 4, 3, 2, 1] as const) {
    const count = insights.histogram[stars];
    out(`  ${stars}★ ${'█'.repeat(Math.round((count / widest) * 20)).padEnd(20)} ${count}`);
  }
  for (const [title, points] of [
    ['pros', insights.pros],
    ['cons', insights.cons],
  ] as const) {
    out(`${title}:${points.length === 0 ? ' none' : ''}`);
    for (const p of points) out(`  ${p.phrase} (${p.count}) — “${p.quote}”`);
  }
  out(`summary: ${insights.summary}`);
}
