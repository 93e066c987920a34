import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

const catalog: Catalog = {
  store: makeStore({ name: 'Porch & Road' }),
  products: [
    makeProduct({
      id: 'chair',
      title: 'Brown Chair',
      categoryPath: ['Indoor'],
      price: 250,
      description: 'Brown leather chair with a high back.',
    }),
    makeProduct({
      id: 'pots',
      title: 'Terrace Pots',
      categoryPath: ['Outdoor'],
      price: 20,
      description: 'Set of three clay pots.',
    }),
    makeProduct({
      id: 'stool',
      title: 'Bar Stool',
      categoryPath: ['Indoor'],
      price: 80,
      attributes: { Material: 'Solid oak' },
    }),
    makeProduct({ id: 'rug', title: 'Round Rug', categoryPath: ['Indoor'], price: 60 }),
    makeProduct({
      id: 'scooter',
      title: 'City Scooter',
      categoryPath: ['Motorcycles'],
      price: 1999,
      description: 'A light bike for the city.',
    }),
    makeProduct({
      id: 'watch',
      title: 'Vantor Heritage 40',
      brand: 'Vantor',
      categoryPath: ['Watches'],
      price: 1499,
      rating: { average: 3.9, count: 7 },
    }),
    makeProduct({ id: 'strap', title: 'Leather Watch Strap', categoryPath: ['Watches'], price: 35 }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('product words read from the catalog', () => {
  it('says what a product is made of from its material attribute, or from its own words', async () => {
    const shop = await assistant();
    expect((await shop.ask("what's it made of?", { productId: 'chair' })).text).toMatch(/made of leather/);
    expect((await shop.ask('what material is the bar stool?')).text).toMatch(/made of Solid oak/);
  });

  it('answers a yes/no material question with the material the product has', async () => {
    const shop = await assistant();
    const answer = await shop.ask('are they plastic?', { productId: 'pots' });
    expect(answer.text).toMatch(/^No\b/);
    expect(answer.text).toMatch(/clay/);
  });

  it("says it doesn't know the material when nothing of the product names one", async () => {
    const shop = await assistant();
    const answer = await shop.ask('what is it made of?', { productId: 'rug' });
    expect(answer.dontKnow).toBe(true);
    expect(answer.text).toMatch(/doesn't say the material/);
  });

  it('does not count a synonym met only in a description as a kind of product sold', async () => {
    const shop = await assistant();
    const answer = await shop.ask('do you sell bicycles?');
    expect(answer.text).toMatch(/couldn't find "bicycles"/);
  });

  it("names a brand's only product by the brand and its kind", async () => {
    const shop = await assistant();
    const answer = await shop.ask('is the Vantor watch well rated?');
    expect(answer.cards.map((card) => card.id)).toEqual(['watch']);
    expect(answer.text).toMatch(/3\.9/);
  });

  it('takes "charge" as written, not as a slip for another word', async () => {
    const shop = await assistant();
    const answer = await shop.ask('what do you charge for the round rug?');
    expect(answer.text).toMatch(/\$60\.00/);
  });
});
