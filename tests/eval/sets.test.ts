import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseConversations } from '../../eval/conversations.ts';
import {
  checkSets,
  parseSetFile,
  readSet,
  readSetCatalog,
  setDirs,
  setProblems,
  withStore,
} from '../../eval/sets.ts';
import { makeProduct, makeStore } from '../assistant/make-product.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the evaluation sets', () => {
  it('are all well-formed against their own catalogs', async () => {
    expect(await checkSets(ROOT)).toEqual([]);
  });

  it('include the demo sets and the sets over catalogs nobody tuned on', async () => {
    expect(await setDirs(ROOT)).toEqual(
      expect.arrayContaining(
        ['demo-dev', 'demo-holdout', 'shopify', 'woocommerce', 'zh'].map((n) => `eval/sets/${n}`),
      ),
    );
    const dev = await readSet(ROOT, 'eval/sets/demo-dev');
    expect(dev.conversations.length).toBeGreaterThanOrEqual(60);
  });

  it('read a CSV export, which states no currency, in the currency of the set’s store', async () => {
    const catalog = await readSetCatalog(ROOT, await readSet(ROOT, 'eval/sets/zh-beauty'));
    expect(catalog.store.currency).toBe('CNY');
    expect(new Set(catalog.products.map((product) => product.currency))).toEqual(new Set(['CNY']));
  });
});

describe('the set check', () => {
  const catalog = { store: makeStore(), products: [makeProduct({ id: 'a', title: 'A', price: 10 })] };
  const set = (line: object) => ({
    name: 'x',
    dir: 'eval/sets/x',
    file: { catalog: 'c.json', notes: 'n' },
    conversations: parseConversations(JSON.stringify({ id: 'price-01', turns: ['q'], ...line }), 'x'),
  });

  it('finds unknown ids, prices the products do not have, contradictions and turns that cannot fail', () => {
    expect(setProblems(set({ expect: [{ products: ['a'], mustMention: ['$10'] }] }), catalog)).toEqual([]);
    expect(setProblems(set({ product: 'b', expect: [{ productsAny: ['c'] }] }), catalog)).toEqual([
      'x/price-01: no product "b"',
      'x/price-01 turn 1: no product "c"',
    ]);
    expect(setProblems(set({ expect: [{ products: ['a'], mustMention: ['$12'] }] }), catalog)).toEqual([
      'x/price-01 turn 1: "$12" is not a price of the turn\'s products',
    ]);
    expect(
      setProblems(set({ expect: [{ mustMention: ['red'], mustNotMention: ['Red'] }] }), catalog),
    ).toEqual(['x/price-01 turn 1: "red" is both required and forbidden']);
    expect(setProblems(set({ expect: [{}] }), catalog)).toEqual([
      'x/price-01 turn 1: expects nothing, so it cannot fail',
    ]);
  });

  it('reads set.json strictly and lays its store over the catalog’s', () => {
    const file = parseSetFile('{"catalog": "c.json", "notes": "n", "store": {"openingHours": "9-5"}}', 's');
    expect(withStore(catalog, file.store).store).toMatchObject({
      name: catalog.store.name,
      openingHours: '9-5',
    });
    expect(() => parseSetFile('{"catalog": "c.json"}', 's')).toThrow('notes');
    expect(() => parseSetFile('{"catalog": "c.json", "notes": "n", "store": {"hours": "x"}}', 's')).toThrow(
      'unknown field hours',
    );
    expect(() =>
      parseSetFile('{"catalog": "c.json", "notes": "n", "store": {"currency": "yuan"}}', 's'),
    ).toThrow('ISO 4217');
  });
});
