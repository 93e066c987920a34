import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

/** A kitchen shop whose products differ in what their listings say, not in their titles alone. */
const catalog: Catalog = {
  store: makeStore({ name: 'Edge & Crumb' }),
  products: [
    makeProduct({
      id: 'blade',
      title: 'Kitchenkind Coffee & Spice Blade Grinder',
      brand: 'Kitchenkind',
      categoryPath: ['Grinders'],
      price: 24.99,
      availability: 'in-stock',
      description: 'An electric one-button blade grinder for coffee beans and whole spices.',
      attributes: { Power: '200 W', Capacity: '70 g' },
    }),
    makeProduct({
      id: 'trek',
      title: 'Burrwell Trek Manual Coffee Grinder',
      brand: 'Burrwell',
      categoryPath: ['Grinders'],
      price: 44.99,
      availability: 'in-stock',
      description: 'A hand grinder for home and travel, with a stainless steel conical burr.',
      attributes: { Weight: '480 g' },
    }),
    makeProduct({
      id: 'loaf',
      title: 'Crumbwell Nonstick Loaf Pan',
      brand: 'Crumbwell',
      categoryPath: ['Bakeware'],
      price: 14.99,
      availability: 'in-stock',
      attributes: { 'Dishwasher safe': 'Yes' },
    }),
    makeProduct({
      id: 'springform',
      title: 'Crumbwell Springform Pan',
      brand: 'Crumbwell',
      categoryPath: ['Bakeware'],
      price: 22,
      availability: 'in-stock',
      attributes: { 'Dishwasher safe': 'No, wash by hand' },
    }),
    makeProduct({
      id: 'glass-bottle',
      title: '暖芽宽口径奶瓶 160ml',
      brand: '暖芽',
      categoryPath: ['奶瓶'],
      price: 129,
      currency: 'CNY',
      availability: 'in-stock',
      description: '高硼硅玻璃材质，耐高温。',
      attributes: { 材质: '高硼硅玻璃', 适用年龄: '0个月以上', 重量: '145g' },
    }),
    makeProduct({
      id: 'ppsu-bottle',
      title: '暖芽防胀气奶瓶 300ml',
      brand: '暖芽',
      categoryPath: ['奶瓶'],
      price: 139,
      currency: 'CNY',
      availability: 'in-stock',
      description: 'PPSU材质，轻便耐摔。',
      attributes: { 材质: 'PPSU', 适用年龄: '6个月以上', 重量: '98g' },
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('a product among those shown', () => {
  it('is the one whose listing says the word a shopper singles it out by ("the electric one")', async () => {
    const shop = await assistant();
    const grinders = await shop.ask('coffee grinders under $50');
    expect(grinders.cards.map((card) => card.id)).toEqual(expect.arrayContaining(['blade', 'trek']));
    const watts = await shop.ask('the electric one - how many watts?');
    expect(watts.cards[0]?.id).toBe('blade');
    expect(watts.text).toContain('200 W');
  });

  it('is singled out by a word of its description in Chinese too (玻璃的那个)', async () => {
    const shop = await assistant();
    await shop.ask('有什么奶瓶', { locale: 'zh' });
    const glass = await shop.ask('玻璃的那个多少钱', { locale: 'zh' });
    expect(glass.cards[0]?.id).toBe('glass-bottle');
    expect(glass.text).toContain('129');
    expect(glass.text).not.toContain('139');
  });

  it('picked by a superlative is asked what the rest of the message asks, not its price', async () => {
    const shop = await assistant();
    const pans = await shop.ask('show me your bakeware');
    expect(pans.cards.map((card) => card.id)).toEqual(expect.arrayContaining(['loaf', 'springform']));
    const safe = await shop.ask('the cheapest one, is it dishwasher safe?');
    expect(safe.cards[0]?.id).toBe('loaf');
    expect(safe.text).toMatch(/^Yes/);
  });
});

describe('a comparison asked with nothing on screen', () => {
  it('compares the products of the kind it names', async () => {
    const shop = await assistant();
    const answer = await shop.ask("what's the difference between your two coffee grinders?");
    expect(answer.intent).toBe('compare');
    expect(answer.cards.map((card) => card.id).sort()).toEqual(['blade', 'trek']);
    expect(answer.text).toContain('$24.99');
  });

  it('compares two products named on the measure its comparative asks for (哪个更轻: 重量)', async () => {
    const shop = await assistant();
    const answer = await shop.ask('暖芽宽口径奶瓶和防胀气奶瓶哪个更轻', { locale: 'zh' });
    expect(answer.text).toContain('98g');
    expect(answer.text).toContain('最低的是「暖芽防胀气奶瓶 300ml」');
  });
});

describe('a kind of product asked for', () => {
  it('is not sold when the shop knows only the word before its name ("coffee tables" in a coffee shop)', async () => {
    const shop = await assistant();
    const tables = await shop.ask('do you sell coffee tables?');
    expect(tables.text).toMatch(/couldn't find "coffee tables"/);
    // "Coffee stuff" asks for what the shop has of coffee.
    const stuff = await shop.ask('coffee stuff');
    expect(stuff.text).not.toMatch(/couldn't find/);
    expect(stuff.cards.map((card) => card.id)).toContain('trek');
  });
});
