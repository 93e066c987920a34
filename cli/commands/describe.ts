import { appendFile, writeFile } from 'node:fs/promises';
import {
  describeProduct,
  descriptionsCsvRow,
  DESCRIPTIONS_CSV_HEADER,
  isDescriptionLength,
  isDescriptionTone,
  type DescribeOptions,
} from '../../src/core/assistant/describe/index.ts';
import type { Product } from '../../src/core/catalog/index.ts';
import type { AssistantEngine } from '../../src/core/runtime/engine.ts';
import { readCatalogFile, parseCommandArgs, UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';
import { findProduct } from './reviews.ts';

export const describeHelp = `aisle describe --catalog <file> --product <id> [--length short|medium|long]
                 [--tone friendly|premium|technical] [--temperature X] [--seed N]
                               a product description from the product's data, written by the language model
  aisle describe --catalog <file> --all --out descriptions.csv [same options]
                               every product's description as CSV (id,title,description), progress on stderr`;

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      options: {
        catalog: { type: 'string' },
        product: { type: 'string' },
        all: { type: 'boolean', default: false },
        out: { type: 'string' },
        length: { type: 'string', default: 'medium' },
        tone: { type: 'string', default: 'friendly' },
        temperature: { type: 'string' },
        seed: { type: 'string' },
      },
    },
    describeHelp,
  ).values;
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

function describeOptions(values: ReturnType<typeof parse>): DescribeOptions {
  const { length, tone } = values;
  if (!isDescriptionLength(length))
    throw new UsageError(`--length must be short, medium or long, got "${length}"`);
  if (!isDescriptionTone(tone))
    throw new UsageError(`--tone must be friendly, premium or technical, got "${tone}"`);
  return {
    length,
    tone,
    temperature: numberOption(values.temperature, 'temperature'),
    seed: numberOption(values.seed, 'seed'),
  };
}

export async function describeCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parse(args);
  const batch = values.all;
  if (
    values.catalog === undefined ||
    batch === (values.product !== undefined) ||
    batch !== (values.out !== undefined)
  )
    throw new UsageError(`usage: ${describeHelp}`);
  const options = describeOptions(values);
  const catalogFile = values.catalog;
  // The catalog is read (and a wrong id reported) before the model takes seconds to load.
  const products =
    values.product === undefined
      ? (await readCatalogFile(catalogFile)).catalog.products
      : [await findProduct(catalogFile, values.product)];
  const engine = nodeEngine();
  try {
    await engine.load({ backend: 'wasm', models: ['languageModel'] });
    if (values.out === undefined) {
      const [product] = products;
      if (product) await describeOne(engine, product, options, out);
    } else await describeAll(engine, products, options, values.out, out);
  } finally {
    await engine.dispose();
  }
}

async function describeOne(
  engine: AssistantEngine,
  product: Product,
  options: DescribeOptions,
  out: (line: string) => void,
): Promise<void> {
  const result = await describeProduct(engine, product, options);
  out(result.text);
  if (result.source === 'template')
    process.stderr.write('(built from the product data: too little of the model text kept to the facts)\n');
}

/** Rows are appended as they are written, so an interrupted run keeps what it has done. */
async function describeAll(
  engine: AssistantEngine,
  products: Product[],
  options: DescribeOptions,
  file: string,
  out: (line: string) => void,
): Promise<void> {
  await writeFile(file, DESCRIPTIONS_CSV_HEADER);
  const started = Date.now();
  let fromTemplate = 0;
  for (const [i, product] of products.entries()) {
    // Each product starts a fresh conversation: another product's facts must not leak into this one.
    await engine.resetConversation();
    const result = await describeProduct(engine, product, options);
    if (result.source === 'template') fromTemplate += 1;
    await appendFile(
      file,
      descriptionsCsvRow({ id: product.id, title: product.title, description: result.text }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const eta = (elapsed / (i + 1)) * (products.length - i - 1);
    process.stderr.write(`${i + 1}/${products.length} ${product.id}  ETA ${clock(eta)}\n`);
  }
  out(
    `${products.length} descriptions written to ${file} (${fromTemplate} built from the product data alone)`,
  );
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
