import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

/** A small pet shop: three dog toys, two of them under $10, one of them called a dog toy. */
const catalog: Catalog = {
  store: makeStore({ name: 'Corner Pets' }),
  products: [
    makeProduct({
      id: 'rope',
      title: 'Knotted Rope Dog Toy',
      categoryPath: ['Dog Toys'],
      price: 6.99,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'ball',
      title: 'Squeaky Tennis Balls, 3 pack',
      categoryPath: ['Dog Toys'],
      price: 4.99,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'puzzle',
      title: 'Treat Puzzle Feeder',
      categoryPath: ['Dog Toys'],
      price: 18.5,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'bed',
      title: 'Donut Dog Bed',
      categoryPath: ['Beds'],
      price: 39,
      availability: 'in-stock',
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('a kind asked for under a price', () => {
  it('lists every product of the kind under the price, however the shopper asks whether there are any', async () => {
    for (const message of ['got any dog toys under $10?', 'do you still have dog toys under $10?']) {
      const answer = await (await assistant()).ask(message);
      expect(answer.cards.map((card) => card.id).sort()).toEqual(['ball', 'rope']);
    }
  });
});
