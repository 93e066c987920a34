import { describe, expect, it } from 'vitest';
import type { Catalog, Variant } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

/** A variant sold by one option, in stock unless said. */
function variant(option: string, value: string, price: number, stock = 5): Variant {
  return {
    sku: `${option}-${value}`,
    title: value,
    options: { [option]: value },
    price,
    stock,
    availability: stock > 0 ? 'in-stock' : 'out-of-stock',
  };
}

/** A kitchen shop whose knives are sold by blade length and whose formula milk by stage (段数). */
const catalog: Catalog = {
  store: makeStore({ name: 'Edge & Crumb' }),
  products: [
    makeProduct({
      id: 'chef',
      title: "Hollis Chef's Knife",
      brand: 'Hollis',
      categoryPath: ['Knives'],
      price: 69,
      availability: 'in-stock',
      description: 'Forged German steel with a full tang.',
      variants: [
        variant('Blade Length', '6 in', 69),
        variant('Blade Length', '8 in', 89),
        variant('Blade Length', '10 in', 109, 0),
      ],
    }),
    makeProduct({
      id: 'pan',
      title: 'Ironvale Cast Iron Skillet',
      brand: 'Ironvale',
      categoryPath: ['Cookware'],
      price: 29,
      availability: 'in-stock',
      variants: [variant('Size', '8 in', 29), variant('Size', '12 in', 49)],
    }),
    makeProduct({
      id: 'tea',
      title: 'Leafhouse Loose Leaf Tea, 100 g tin',
      brand: 'Leafhouse',
      categoryPath: ['Tea'],
      price: 12.5,
      availability: 'in-stock',
      variants: [
        variant('Blend', 'English Breakfast', 12.5),
        variant('Blend', 'Earl Grey', 12.5, 0),
        variant('Blend', 'Chamomile', 13),
      ],
    }),
    makeProduct({
      id: 'tea-box',
      title: 'Leafhouse Tea Gift Box',
      brand: 'Leafhouse',
      categoryPath: ['Tea'],
      price: 39,
      availability: 'in-stock',
      description: 'Four tins of loose leaf tea in a wooden box.',
    }),
    makeProduct({
      id: 'formula',
      title: '禾稻有机婴儿配方奶粉 800g',
      brand: '禾稻',
      categoryPath: ['奶粉'],
      price: 328,
      currency: 'CNY',
      availability: 'in-stock',
      variants: [
        variant('段数', '1段（0-6个月）', 328),
        variant('段数', '2段（6-12个月）', 318, 0),
        variant('段数', '3段（12-36个月）', 298),
      ],
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('the options a product is sold in', () => {
  it('are the sizes a shopper asks for, whatever the catalog calls them, each with its price', async () => {
    const shop = await assistant();
    const sizes = await shop.ask("what sizes does the hollis chef's knife come in?");
    expect(sizes.text).toMatch(/6 in \(\$69\.00\).*8 in \(\$89\.00\).*10 in \(\$109\.00\)/);
    const skillet = await shop.ask('what sizes does the ironvale skillet come in and how much?');
    expect(skillet.text).toContain('8 in ($29.00)');
    expect(skillet.text).toContain('12 in ($49.00)');
  });

  it('name the variant a shopper means by its measure, written their way', async () => {
    const shop = await assistant();
    await shop.ask("tell me about the hollis chef's knife");
    const longest = await shop.ask('how much is the 10 inch one?');
    expect(longest.text).toContain('$109.00');
    expect(longest.text).not.toContain('$69.00');
  });

  it('name the one a search asks for by its value, with its own stock ("do you have earl grey?")', async () => {
    const shop = await assistant();
    const answer = await shop.ask('do you have earl grey?');
    expect(answer.cards[0]?.id).toBe('tea');
    expect(answer.text).toMatch(/Earl Grey: \$12\.50, out of stock/);
  });

  it('are listed when a Chinese question names the word every option value shares (几段)', async () => {
    const shop = await assistant();
    const stages = await shop.ask('禾稻有机奶粉有几段的');
    for (const stage of ['1段', '2段', '3段']) expect(stages.text).toContain(stage);
    expect(stages.text).toContain('¥318.00');
    const second = await shop.ask('2段有货吗');
    expect(second.text).toContain('缺货');
    expect(second.text).not.toContain('¥328');
  });

  it('are listed with a search that asks for them by name', async () => {
    const shop = await assistant();
    // Two Leafhouse teas: a search, which lists the blends of the one sold in them.
    const answer = await shop.ask('what blends of leafhouse tea have you got?');
    expect(answer.cards.map((card) => card.id)).toContain('tea');
    for (const blend of ['English Breakfast', 'Earl Grey', 'Chamomile']) expect(answer.text).toContain(blend);
  });

  it('name the variant of the first product listed when several listed come that way', async () => {
    const shop = await assistant();
    const list = await shop.ask('knives or skillets?');
    const [first] = list.cards;
    expect(list.cards.map((card) => card.id).sort()).toEqual(['chef', 'pan']);
    const eight = await shop.ask('the 8 in, how much?');
    expect(eight.cards[0]?.id).toBe(first?.id);
    expect(eight.text).toContain(first?.id === 'chef' ? '$89.00' : '$29.00');
  });
});
