/**
 * Evaluation sets as folders: `eval/sets/<name>/set.json` names the catalog (a path from the repository
 * root) and a store profile laid over the catalog's own, and `conversations.jsonl` holds the turns.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importCatalog } from '../src/core/catalog/index.ts';
import type { Catalog, FaqEntry, StoreProfile } from '../src/core/catalog/types.ts';
import { parseConversations } from './conversations.ts';
import { expectedPrice } from './mentions.ts';
import type { Conversation } from './types.ts';

/** The set.json of a set. */
export interface SetFile {
  /** The catalog file, relative to the repository root. */
  catalog: string;
  /** Laid over the catalog's own store profile, field by field. */
  store?: Partial<StoreProfile>;
  /** How and when the set was written, and what its first run scored. */
  notes: string;
}

/** One evaluation set, read and parsed. */
export interface EvalSet {
  name: string;
  /** The set's folder, relative to the repository root. */
  dir: string;
  file: SetFile;
  conversations: Conversation[];
}

const STORE_TEXT = [
  'name',
  'currency',
  'locale',
  'openingHours',
  'returnPolicy',
  'warrantyPolicy',
  'shippingPolicy',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function faqOf(value: unknown, where: string): FaqEntry[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list of {question, answer}`);
  return value.map((entry, i) => {
    const { question, answer, ...rest } = isRecord(entry) ? entry : {};
    if (typeof question !== 'string' || typeof answer !== 'string' || Object.keys(rest).length > 0)
      throw new Error(`${where}[${i}]: expected {question, answer}`);
    return { question, answer };
  });
}

function storeOf(value: unknown, where: string): Partial<StoreProfile> {
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  const store: Partial<StoreProfile> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'faq') store.faq = faqOf(field, `${where}.faq`);
    else if (!STORE_TEXT.includes(key)) throw new Error(`${where}: unknown field ${key}`);
    else if (typeof field !== 'string' || field.trim() === '')
      throw new Error(`${where}.${key}: expected text`);
    else Object.assign(store, { [key]: field });
  }
  if (store.currency !== undefined && !/^[A-Z]{3}$/.test(store.currency))
    throw new Error(`${where}.currency: expected an ISO 4217 code such as "USD"`);
  return store;
}

/** Reads and checks the shape of a set.json. */
export function parseSetFile(text: string, where: string): SetFile {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  const { catalog, store, notes, ...rest } = value;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.join(', ')}`);
  if (typeof catalog !== 'string' || catalog === '') throw new Error(`${where}: "catalog" must be a path`);
  if (typeof notes !== 'string' || notes.trim() === '')
    throw new Error(`${where}: "notes" must say how it was written`);
  return { catalog, notes, store: store === undefined ? undefined : storeOf(store, `${where}.store`) };
}

/** Reads the set in `dir` (relative to `root`). */
export async function readSet(root: string, dir: string): Promise<EvalSet> {
  const clean = dir.replace(/\/+$/, '');
  const file = parseSetFile(await readFile(join(root, clean, 'set.json'), 'utf8'), `${clean}/set.json`);
  const lines = join(clean, 'conversations.jsonl');
  const conversations = parseConversations(await readFile(join(root, lines), 'utf8'), lines);
  return { name: clean.split('/').pop() ?? clean, dir: clean, file, conversations };
}

/** The folders under eval/sets, by name. */
export async function setDirs(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'eval/sets'), { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => `eval/sets/${e.name}`)
    .sort();
}

/** The catalog with the set's store profile laid over its own. */
export function withStore(catalog: Catalog, store: Partial<StoreProfile> | undefined): Catalog {
  return store === undefined ? catalog : { ...catalog, store: { ...catalog.store, ...store } };
}

/** Reads the set's catalog in the set's currency and applies its store profile; import errors are thrown. */
export async function readSetCatalog(root: string, set: EvalSet): Promise<Catalog> {
  const bytes = await readFile(join(root, set.file.catalog));
  // A CSV export states no currency: its prices are in the store's, as the set's profile gives it.
  const currency = set.file.store?.currency;
  const { catalog, issues } = importCatalog(bytes, {
    file: set.file.catalog,
    ...(currency ? { currency } : {}),
  });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new Error(`${set.file.catalog}: ${errors.length} import errors (see aisle catalog validate)`);
  return withStore(catalog, set.file.store);
}

function storePrices(catalog: Catalog): number[] {
  const texts = [
    ...Object.values(catalog.store),
    ...catalog.store.faq.flatMap((f) => [f.question, f.answer]),
  ];
  return texts.flatMap((t) =>
    typeof t === 'string' ? [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])) : [],
  );
}

/**
 * What is wrong with a set against its catalog: unknown product ids, required prices that none of the
 * turn's products (nor the store) have, words both required and forbidden, and turns that check nothing.
 */
export function setProblems(set: EvalSet, catalog: Catalog): string[] {
  const byId = new Map(catalog.products.map((p) => [p.id, p]));
  const problems: string[] = [];
  const store = storePrices(catalog);
  for (const c of set.conversations) {
    const where = `${set.name}/${c.id}`;
    if (c.product !== undefined && !byId.has(c.product)) problems.push(`${where}: no product "${c.product}"`);
    c.expect.forEach((e, turn) => {
      const at = `${where} turn ${turn + 1}`;
      const ids = [...(e.products ?? []), ...(e.productsAny ?? [])];
      for (const id of ids) if (!byId.has(id)) problems.push(`${at}: no product "${id}"`);
      if (e.productsAny?.length === 0) problems.push(`${at}: productsAny is empty`);
      const concerned = [...ids, ...(c.product === undefined ? [] : [c.product])];
      const prices = concerned.flatMap((id) => {
        const p = byId.get(id);
        return p
          ? [p, ...p.variants].flatMap((v) => [v.price, ...(v.salePrice === undefined ? [] : [v.salePrice])])
          : [];
      });
      for (const words of e.mustMention ?? []) {
        const price = expectedPrice(words);
        if (price !== undefined && ![...prices, ...store].some((p) => Math.abs(p - price) < 0.005))
          problems.push(`${at}: "${words}" is not a price of the turn's products`);
      }
      const forbidden = new Set((e.mustNotMention ?? []).map((w) => w.toLowerCase()));
      for (const words of e.mustMention ?? [])
        if (forbidden.has(words.toLowerCase()))
          problems.push(`${at}: "${words}" is both required and forbidden`);
      const checks = [
        e.intent,
        e.dontKnow,
        e.answerLocale,
        ...ids,
        ...(e.mustMention ?? []),
        ...(e.mustNotMention ?? []),
      ];
      if (checks.every((x) => x === undefined)) problems.push(`${at}: expects nothing, so it cannot fail`);
    });
  }
  return problems;
}

/** Reads every set (or the one in `only`) and lists its problems; a set that cannot be read is one. */
export async function checkSets(root: string, only?: string): Promise<string[]> {
  const dirs = only === undefined ? await setDirs(root) : [only];
  const problems: string[] = [];
  for (const dir of dirs) {
    try {
      const set = await readSet(root, dir);
      problems.push(...setProblems(set, await readSetCatalog(root, set)));
    } catch (error) {
      problems.push(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
