import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/core/search/index.ts';

describe('parseQuery', () => {
  it.each([
    ['laptops under 1000 dollars', 'laptops', { maxPrice: 1000 }],
    ['perfume below $49.99', 'perfume', { maxPrice: 49.99 }],
    ['tv less than 1,200 usd', 'tv', { maxPrice: 1200 }],
    ['shoes between 50 and 100', 'shoes', { minPrice: 50, maxPrice: 100 }],
    ['tops from $10 to $20', 'tops', { minPrice: 10, maxPrice: 20 }],
    ['kettle €20-€40', 'kettle', { minPrice: 20, maxPrice: 40 }],
    ['something over 200 dollars', 'something', { minPrice: 200 }],
    ['phone around $500', 'phone', { minPrice: 400, maxPrice: 600, aroundPrice: 500 }],
    ['lipstick 4 stars and up', 'lipstick', { minRating: 4 }],
    ['rated 4.5 or more mascara', 'mascara', { minRating: 4.5 }],
    ['blender in stock', 'blender', { inStock: true }],
  ])('%s', (query, text, filters) => {
    const parsed = parseQuery(query);
    expect(parsed.text).toBe(text);
    expect(parsed.filters).toEqual(filters);
  });

  it('reads sort phrases', () => {
    expect(parseQuery('cheapest sunglasses').sort).toBe('price-asc');
    expect(parseQuery('most expensive watch').sort).toBe('price-desc');
    expect(parseQuery('best rated headphones').sort).toBe('rating');
  });

  it('leaves model numbers and sizes alone', () => {
    for (const query of ['iphone 13 pro', 'galaxy s10', 'size 42 boots', '4k tv'])
      expect(parseQuery(query)).toEqual({ text: query, filters: {}, understood: [] });
  });

  it('does not read a star rating as a price', () => {
    expect(parseQuery('at least 4 stars').filters).toEqual({ minRating: 4 });
  });

  it('a constraint-only query leaves no words', () => {
    const parsed = parseQuery('under 20 dollars');
    expect(parsed.text).toBe('');
    expect(parsed.understood).toEqual(['under 20 dollars']);
  });

  it.each([
    ['手机 500元以下', '手机', { maxPrice: 500 }, 'CNY'],
    ['五百元以下的耳机', '耳机', { maxPrice: 500 }, 'CNY'],
    ['500块以内', '', { maxPrice: 500 }, 'CNY'],
    ['不超过500元的手机', '手机', { maxPrice: 500 }, 'CNY'],
    ['300到600元的耳机', '耳机', { minPrice: 300, maxPrice: 600 }, 'CNY'],
    ['在300和600元之间', '', { minPrice: 300, maxPrice: 600 }, 'CNY'],
    ['1000元以上', '', { minPrice: 1000 }, 'CNY'],
    ['5999元左右的手机', '手机', { minPrice: 4799, maxPrice: 7199, aroundPrice: 5999 }, 'CNY'],
    // A budget of about 2000 spends up to a little over it, and less.
    ['预算2000左右的手机', '手机', { maxPrice: 2400, aroundPrice: 2000 }, 'USD'],
    ['phone under 500 yuan', 'phone', { maxPrice: 500 }, 'CNY'],
    ['laptop between $300 and $600', 'laptop', { minPrice: 300, maxPrice: 600 }, 'USD'],
  ])('reads Chinese and yuan bounds: %s', (query, text, filters, currency) => {
    const parsed = parseQuery(query, { currency: 'USD' });
    expect(parsed.text).toBe(text);
    expect(parsed.filters).toEqual(filters);
    expect(parsed.currency).toBe(currency);
  });

  it('reads a bare amount in the store’s currency', () => {
    expect(parseQuery('手机 500以下', { currency: 'CNY' })).toMatchObject({
      text: '手机',
      filters: { maxPrice: 500 },
      currency: 'CNY',
    });
    expect(parseQuery('headphones under 500', { currency: 'CNY' }).currency).toBe('CNY');
    expect(parseQuery('earbuds under ¥300', { currency: 'CNY' }).currency).toBe('CNY');
  });

  it('reads Chinese sort, stock and rating phrases', () => {
    expect(parseQuery('最便宜的手机')).toMatchObject({ text: '手机', sort: 'price-asc' });
    expect(parseQuery('最贵的手表').sort).toBe('price-desc');
    expect(parseQuery('评分最高的耳机').sort).toBe('rating');
    expect(parseQuery('有货的电水壶').filters).toEqual({ inStock: true });
    expect(parseQuery('4星以上的口红').filters).toEqual({ minRating: 4 });
    expect(parseQuery('5分钟快充').filters).toEqual({});
  });
});
