import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/core/assistant/references.ts';
import { makeProduct } from './make-product.ts';

const laptops = ['Laptops'];
const macbook = makeProduct({
  id: 'mac',
  title: 'Apple MacBook Pro 14 Inch Space Grey',
  brand: 'Apple',
  price: 1999.99,
  categoryPath: laptops,
  rating: { average: 3.65, count: 3 },
});
const zenbook = makeProduct({
  id: 'zen',
  title: 'Asus Zenbook Pro Dual Screen Laptop',
  brand: 'Asus',
  price: 1799.99,
  categoryPath: laptops,
  rating: { average: 3.95, count: 3 },
});
const xps = makeProduct({
  id: 'xps',
  title: 'New DELL XPS 13 9300 Laptop',
  brand: 'Dell',
  price: 1499.99,
  salePrice: 999.99,
  categoryPath: laptops,
  rating: { average: 2.67, count: 3 },
});
const yoga = makeProduct({
  id: 'yoga',
  title: 'Lenovo Yoga 920',
  brand: 'Lenovo',
  price: 1099.99,
  categoryPath: laptops,
  rating: { average: 4.86, count: 3 },
});
const previous = [macbook, zenbook, xps, yoga];

const ids = (message: string, context: Parameters<typeof resolveReferences>[1] = { previous }) => {
  const { products, explicit } = resolveReferences(message, context);
  return { ids: products.map((p) => p.id), explicit };
};

describe('resolveReferences', () => {
  it('picks products by their place in the previous answer', () => {
    expect(ids('how much is the second one?')).toEqual({ ids: ['zen'], explicit: true });
    expect(ids('tell me about the last one')).toEqual({ ids: ['yoga'], explicit: true });
    expect(ids('and the 3rd?')).toEqual({ ids: ['xps'], explicit: true });
    expect(ids('what about #4')).toEqual({ ids: ['yoga'], explicit: true });
    expect(ids('the second to last one')).toEqual({ ids: ['xps'], explicit: true });
  });

  it('takes ranges and lists of positions', () => {
    expect(ids('compare the first two')).toEqual({ ids: ['mac', 'zen'], explicit: true });
    expect(ids('compare the first two of them')).toEqual({ ids: ['mac', 'zen'], explicit: true });
    expect(ids('the last 2')).toEqual({ ids: ['xps', 'yoga'], explicit: true });
    expect(ids('compare the first and the last')).toEqual({ ids: ['mac', 'yoga'], explicit: true });
  });

  it('reads "both", "them" and "these" as the earlier products', () => {
    expect(ids('compare them')).toEqual({ ids: ['mac', 'zen', 'xps', 'yoga'], explicit: true });
    expect(ids('are these in stock?')).toEqual({ ids: ['mac', 'zen', 'xps', 'yoga'], explicit: true });
    expect(ids('which of both is lighter', { previous: [xps, yoga] })).toEqual({
      ids: ['xps', 'yoga'],
      explicit: true,
    });
  });

  it('finds the cheaper, dearer and better-rated one, using the price at the till', () => {
    expect(ids('the cheaper one please')).toEqual({ ids: ['xps'], explicit: true });
    expect(ids('I will take the cheapest of them')).toEqual({ ids: ['xps'], explicit: true });
    expect(ids('what warranty does the most expensive one have?')).toEqual({ ids: ['mac'], explicit: true });
    expect(ids('the best rated one')).toEqual({ ids: ['yoga'], explicit: true });
  });

  it('does not treat a new superlative search as a reference', () => {
    expect(ids('show me the cheapest phone')).toEqual({ ids: [], explicit: false });
  });

  it('matches brand and title words that single products out', () => {
    expect(ids('how much is the Apple one?')).toEqual({ ids: ['mac'], explicit: true });
    expect(ids('is the dell xps any good')).toEqual({ ids: ['xps'], explicit: true });
    expect(ids('compare the Lenovo and the Asus')).toEqual({ ids: ['yoga', 'zen'], explicit: true });
  });

  it('ignores words every earlier product shares and the category name', () => {
    expect(ids('do you have other laptops?')).toEqual({ ids: [], explicit: false });
    expect(ids('any pro models?', { previous: [macbook, zenbook] })).toEqual({ ids: [], explicit: false });
  });

  it('reads "it" and "this" as the product on screen, else the single earlier result', () => {
    expect(ids('how much is it?', { previous, inView: yoga })).toEqual({ ids: ['yoga'], explicit: true });
    expect(ids('is this one in stock', { previous: [zenbook] })).toEqual({ ids: ['zen'], explicit: true });
  });

  it('flags an unclear reference so the assistant can ask which one', () => {
    expect(ids('how much is it?')).toEqual({ ids: [], explicit: true });
    expect(ids('the sixth one')).toEqual({ ids: [], explicit: true });
  });

  it('reports no reference for a fresh request', () => {
    expect(ids('do you have running shoes?')).toEqual({ ids: [], explicit: false });
    expect(ids('hello', { previous: [] })).toEqual({ ids: [], explicit: false });
  });
});
