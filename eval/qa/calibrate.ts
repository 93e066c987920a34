/**
 * `npx tsx eval/qa/calibrate.ts [--limit N]`: the relevance threshold from hetPQA train. For each
 * question it scores the best passage of its own product's page (which holds its answer) and of another
 * product's page (which does not), and prints the threshold that tells them apart best.
 */
import { parseArgs } from 'node:util';
import { nodeEngine } from '../../cli/model-source.ts';
import { productPassages, rankPassages } from '../../src/core/assistant/evidence/index.ts';
import { messages } from '../../src/i18n/messages.ts';
import { buildProducts, readRows } from './hetpqa.ts';
import { diskVectorCache, VECTORS } from './vector-cache.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string', default: '600' } } });
  const rows = (await readRows('/work/shared/data/qa/hetpqa/train.tsv')).slice(0, Number(values.limit));
  const products = buildProducts(rows);
  const ids = [...products.keys()];
  const engine = nodeEngine({ threads: 2 });
  let loaded: Promise<void> | undefined;
  // The vectors eval:qa keeps on disk; the model loads only for a text not among them.
  const vectors = await diskVectorCache(VECTORS, async (texts) => {
    loaded ??= engine.load({ backend: 'wasm', models: ['embedder'] }).then(() => undefined);
    await loaded;
    return engine.embed(texts);
  });
  const { embed } = vectors;
  const text = messages('en').evidence;
  const own: number[] = [];
  const other: number[] = [];
  for (const [i, row] of rows.entries()) {
    const page = products.get(row.asin);
    const stranger = products.get(ids[(ids.indexOf(row.asin) + 1 + (i % 7)) % ids.length] ?? '');
    if (!page || !stranger || stranger.id === row.asin) continue;
    const [mine] = await rankPassages(row.question, productPassages(page, text), embed);
    const [theirs] = await rankPassages(row.question, productPassages(stranger, text), embed);
    own.push(mine?.score ?? 0);
    other.push(theirs?.score ?? 0);
  }
  await vectors.save();
  if (loaded) await engine.dispose();
  const share = (list: number[], t: number) => list.filter((s) => s >= t).length / list.length;
  for (let t = 0.2; t <= 0.8; t += 0.025)
    process.stdout.write(
      `${t.toFixed(3)}  own kept ${(100 * share(own, t)).toFixed(1)}%  others refused ${(100 * (1 - share(other, t))).toFixed(1)}%\n`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
