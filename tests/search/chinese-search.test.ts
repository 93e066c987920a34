import { describe, expect, it } from 'vitest';
import { createProductSearch } from '../../src/core/search/index.ts';
import { searchTerms } from '../../src/core/search/terms.ts';
import { product } from './products.ts';

const chinese = {
  store: { name: '测试商店', currency: 'CNY', locale: 'zh-CN', faq: [] },
  products: [
    product('p50', '华为 P50 Pro 智能手机', {
      brand: '华为',
      categoryPath: ['手机'],
      price: 5999,
      currency: 'CNY',
    }),
    product('mi', '小米 13 手机', { brand: '小米', categoryPath: ['手机'], price: 3999, currency: 'CNY' }),
    product('book', '联想小新笔记本电脑', {
      brand: '联想',
      categoryPath: ['电脑'],
      price: 4599,
      currency: 'CNY',
    }),
    product('buds', '华为 FreeBuds 无线耳机', {
      brand: '华为',
      categoryPath: ['耳机'],
      price: 499,
      currency: 'CNY',
    }),
    product('kettle', 'Electric Kettle 1.7 l', { categoryPath: ['Kitchen'], price: 199, currency: 'CNY' }),
  ],
};

describe('search over Chinese text', () => {
  it('finds a Chinese title by a Chinese query, brand first', async () => {
    const search = await createProductSearch(chinese);
    const result = await search.search('华为手机');
    expect(result.hits[0]?.product.id).toBe('p50');
    expect((await search.search('笔记本')).hits[0]?.product.id).toBe('book');
    expect((await search.search('无线耳机')).hits[0]?.product.id).toBe('buds');
  });

  it('reads Chinese price bounds in the store’s currency', async () => {
    const search = await createProductSearch(chinese);
    const cheap = await search.search('华为 1000元以下');
    expect(cheap.hits.map((h) => h.product.id)).toEqual(['buds']);
    expect(cheap.parsed.currency).toBe('CNY');
    const sorted = await search.search('最便宜的手机');
    expect(sorted.hits.map((h) => h.product.id).slice(0, 2)).toEqual(['mi', 'p50']);
  });

  it('still finds Latin words in a mixed catalog', async () => {
    const search = await createProductSearch(chinese);
    expect((await search.search('kettle')).hits[0]?.product.id).toBe('kettle');
    expect((await search.search('p50')).hits[0]?.product.id).toBe('p50');
    expect(searchTerms('我想买华为')).toEqual(expect.arrayContaining(['华为']));
    expect(searchTerms('我想买华为')).not.toContain('我');
  });

  it('ranks a Chinese query by its words where the embedder reads Chinese poorly, meaning only adding', async () => {
    const teas = {
      ...chinese,
      products: [
        product('barley', '花间集 原味大麦茶', { categoryPath: ['花草茶'], price: 25, currency: 'CNY' }),
        product('oolong', '闽韵 武夷大红袍', { categoryPath: ['乌龙茶'], price: 198, currency: 'CNY' }),
        product('cup', '素陶坊 玻璃杯', { categoryPath: ['茶具'], price: 89, currency: 'CNY' }),
      ],
    };
    // An embedder that, like an English one on Chinese, puts the barley tea and the cup nearest any query.
    const vector = (text: string, kind?: string) =>
      Float32Array.from(
        kind === 'query' || text.includes('大麦') ? [1, 0] : text.includes('玻璃') ? [0.9, 0.44] : [0, 1],
      );
    const search = await createProductSearch(teas, {
      embed: async (texts, kind) => texts.map((text) => vector(text, kind)),
    });
    const query = await search.search('大红袍');
    expect(query.hits[0]?.product.id).toBe('oolong');
    // What the words missed, meaning still finds.
    expect(query.hits.map((hit) => hit.product.id)).toContain('cup');
  });
});
