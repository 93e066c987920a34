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
    ['phone around $500', 'phone', { minPrice: 400, maxPrice: 600 }],
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
});
