import { writeFile } from 'node:fs/promises';
import { ShopAssistant, type AssistantAnswer } from '../../src/core/assistant/shop-assistant.ts';
import { formatPrice } from '../../src/core/catalog/index.ts';
import type { Catalog } from '../../src/core/catalog/index.ts';
import { readCatalogFile, parseCommandArgs, UsageError } from '../io.ts';
import { lineId, readJsonLines } from '../json-lines.ts';
import { nodeEngine } from '../model-source.ts';
import { commandLineSearch } from '../search-setup.ts';

export const askHelp = `aisle ask --catalog <file> "question" [--product <id>] [--no-model]
                               the assistant's answer and product cards in the terminal
  aisle ask --catalog <file> --batch <in.jsonl> --out <out.jsonl> [--no-model]
                               each input line {"id","turns":[...],"product"?}; each output line
                               {"id","answers":[{"text","products","intent"}]}, state kept across turns`;

interface ConversationLine {
  id: string;
  turns: string[];
  product?: string;
}

/** One answer as batch mode writes it (timings for the evaluation, not part of the output file). */
export interface BatchAnswer {
  text: string;
  products: string[];
  intent: string;
  firstCardMs: number;
  lastTokenMs: number;
}

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: {
        catalog: { type: 'string' },
        batch: { type: 'string' },
        out: { type: 'string' },
        product: { type: 'string' },
        'no-model': { type: 'boolean', default: false },
      },
    },
    askHelp,
  );
}

/** Reads the batch file; a bad line is named by its number. */
function readConversationLines(path: string): Promise<ConversationLine[]> {
  return readJsonLines(path, 'batch', ({ id, turns, product }) => {
    const text = lineId(id);
    const validTurns = Array.isArray(turns) && turns.every((turn) => typeof turn === 'string');
    if (text === undefined || !validTurns) return 'expected {"id": "...", "turns": ["...", ...]}';
    if (product !== undefined && lineId(product) === undefined) return '"product" must be a product id';
    return { id: text, turns, product: lineId(product) };
  });
}

function batchAnswer(answer: AssistantAnswer): BatchAnswer {
  return {
    text: answer.text,
    products: answer.cards.map((card) => card.id),
    intent: answer.intent,
    firstCardMs: answer.firstCardMs,
    lastTokenMs: answer.lastTokenMs,
  };
}

/** An assistant over the catalog file with the shipped models, for batch runs and the evaluation. */
async function openAssistant(catalog: Catalog, catalogPath: string, model: boolean) {
  const engine = nodeEngine();
  const search = await commandLineSearch(catalog, catalogPath, engine);
  return { engine, assistant: new ShopAssistant({ catalog, search, engine, languageModel: model }) };
}

/**
 * Runs conversations through the assistant: state is kept across the turns of one conversation and
 * reset between conversations, as a kiosk resets between shoppers.
 */
export async function askBatch(
  catalogPath: string,
  conversations: ConversationLine[],
  options: { model: boolean; onAnswer?: () => void; catalog?: Catalog },
): Promise<{ id: string; answers: BatchAnswer[] }[]> {
  // The evaluation passes the file's catalog with its set's store profile applied; others read the file.
  const catalog = options.catalog ?? (await readCatalogFile(catalogPath)).catalog;
  const known = new Set(catalog.products.map((product) => product.id));
  const unknown = conversations.find((line) => line.product !== undefined && !known.has(line.product));
  if (unknown) throw new UsageError(`conversation ${unknown.id}: no product with id "${unknown.product}"`);
  const { engine, assistant } = await openAssistant(catalog, catalogPath, options.model);
  try {
    const results: { id: string; answers: BatchAnswer[] }[] = [];
    for (const line of conversations) {
      assistant.reset();
      await engine.resetConversation();
      const answers: BatchAnswer[] = [];
      for (const turn of line.turns) {
        answers.push(batchAnswer(await assistant.ask(turn, { productId: line.product })));
        options.onAnswer?.();
      }
      results.push({ id: line.id, answers });
    }
    return results;
  } finally {
    await engine.dispose();
  }
}

export async function askCommand(args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parse(args);
  if (!values.catalog) throw new UsageError(`--catalog is required\nusage: ${askHelp}`);
  const model = !values['no-model'];
  if (values.batch !== undefined) {
    if (values.out === undefined) throw new UsageError('--batch needs --out <out.jsonl>');
    const conversations = await readConversationLines(values.batch);
    let done = 0;
    const total = conversations.reduce((sum, line) => sum + line.turns.length, 0);
    const results = await askBatch(values.catalog, conversations, {
      model,
      onAnswer: () => process.stderr.write(`\ranswered ${++done}/${total}`),
    });
    process.stderr.write('\n');
    const lines = results.map(({ id, answers }) =>
      JSON.stringify({
        id,
        answers: answers.map(({ text, products, intent }) => ({ text, products, intent })),
      }),
    );
    await writeFile(values.out, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    out(`${results.length} conversations answered; results in ${values.out}`);
    return;
  }
  const question = positionals.join(' ').trim();
  if (!question) throw new UsageError(`give a question or --batch\nusage: ${askHelp}`);
  const { catalog } = await readCatalogFile(values.catalog);
  if (values.product !== undefined && !catalog.products.some((product) => product.id === values.product))
    throw new UsageError(`no product with id "${values.product}" in ${values.catalog}`);
  const { engine, assistant } = await openAssistant(catalog, values.catalog, model);
  try {
    const answer = await assistant.ask(question, { productId: values.product });
    out(answer.text);
    const byId = new Map(catalog.products.map((product) => [product.id, product]));
    for (const card of answer.cards) {
      const product = byId.get(card.id);
      if (!product) continue;
      const price = formatPrice(
        product.salePrice ?? product.price,
        product.currency || catalog.store.currency,
      );
      out(`  • ${product.id}  ${product.title}  ${price}  (${card.reason})`);
    }
    for (const row of answer.compare?.rows ?? []) out(`  ${row.label.padEnd(14)} ${row.values.join(' | ')}`);
  } finally {
    await engine.dispose();
  }
}
