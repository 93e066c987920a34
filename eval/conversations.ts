import { readFile } from 'node:fs/promises';
import type { Intent } from '../src/core/assistant/understand/turn.ts';
import { isLocale, LOCALES } from '../src/i18n/locale.ts';
import type { Conversation, TurnExpectation } from './types.ts';

const INTENTS: ReadonlySet<string> = new Set<Intent>([
  'product-question',
  'find',
  'compare',
  'describe',
  'reviews',
  'store-info',
  'greeting',
  'off-topic',
]);

function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && INTENTS.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`${where}: expected a list of strings`);
  }
  return value;
}

const EXPECTATION_KEYS: ReadonlySet<string> = new Set([
  'intent',
  'products',
  'productsAny',
  'mustMention',
  'mustNotMention',
  'dontKnow',
  'answerLocale',
]);

function expectation(value: unknown, where: string): TurnExpectation {
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  const fields = value;
  if ('productsAll' in fields)
    throw new Error(`${where}: "productsAll" is now "products" (all of); "productsAny" is any of`);
  const unknown = Object.keys(fields).filter((key) => !EXPECTATION_KEYS.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.join(', ')}`);
  const intent = fields.intent;
  if (intent !== undefined && !isIntent(intent))
    throw new Error(`${where}: unknown intent ${String(intent)}`);
  if (fields.dontKnow !== undefined && typeof fields.dontKnow !== 'boolean') {
    throw new Error(`${where}: dontKnow must be true or false`);
  }
  const locale = fields.answerLocale;
  if (locale !== undefined && !isLocale(locale))
    throw new Error(`${where}: answerLocale must be one of ${LOCALES.join(', ')}`);
  const words = (key: 'mustMention' | 'mustNotMention') => {
    const list = stringList(fields[key], `${where}.${key}`);
    if (list?.some((w) => w.trim() === '')) throw new Error(`${where}.${key}: empty words match everything`);
    return list;
  };
  return {
    intent: isIntent(intent) ? intent : undefined,
    products: stringList(fields.products, `${where}.products`),
    productsAny: stringList(fields.productsAny, `${where}.productsAny`),
    mustMention: words('mustMention'),
    mustNotMention: words('mustNotMention'),
    dontKnow: typeof fields.dontKnow === 'boolean' ? fields.dontKnow : undefined,
    answerLocale: isLocale(locale) ? locale : undefined,
  };
}

/** Reads and checks a JSON Lines evaluation set: unique ids and one expectation per turn. */
export function parseConversations(text: string, file: string): Conversation[] {
  const conversations: Conversation[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    const value: unknown = JSON.parse(line);
    if (!isRecord(value)) throw new Error(`${where}: expected an object`);
    const fields = value;
    const id = fields.id;
    const turns = stringList(fields.turns, `${where}.turns`);
    if (typeof id !== 'string' || id === '') throw new Error(`${where}: missing id`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`);
    if (!turns || turns.length === 0) throw new Error(`${where}: no turns`);
    if (!Array.isArray(fields.expect) || fields.expect.length !== turns.length) {
      throw new Error(`${where}: expect needs one entry per turn`);
    }
    const product = fields.product;
    if (product !== undefined && typeof product !== 'string')
      throw new Error(`${where}: product must be an id`);
    ids.add(id);
    conversations.push({
      id,
      turns,
      product,
      expect: fields.expect.map((e, i) => expectation(e, `${where}.expect[${i}]`)),
    });
  });
  return conversations;
}

export async function readConversations(file: string): Promise<Conversation[]> {
  return parseConversations(await readFile(file, 'utf8'), file);
}
