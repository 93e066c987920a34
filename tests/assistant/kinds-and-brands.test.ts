import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

const cny = { currency: 'CNY' } as const;

const catalog: Catalog = {
  store: makeStore({ name: '安家小铺', currency: 'CNY', locale: 'zh-CN' }),
  products: [
    makeProduct({
      id: 'midea',
      title: '美的 IH电饭煲 4L 智能预约',
      brand: '美的',
      categoryPath: ['厨房电器', '电饭煲'],
      price: 399,
      attributes: { 容量: '4L' },
      availability: 'in-stock',
      ...cny,
    }),
    makeProduct({
      id: 'supor-cooker',
      title: '苏泊尔 球釜电饭煲 3L',
      brand: '苏泊尔',
      categoryPath: ['厨房电器', '电饭煲'],
      price: 329,
      availability: 'out-of-stock',
      ...cny,
    }),
    makeProduct({
      id: 'supor-wok',
      title: '苏泊尔 不粘炒锅 30cm',
      brand: '苏泊尔',
      categoryPath: ['锅具', '炒锅'],
      price: 259,
      ...cny,
    }),
    makeProduct({
      id: 'pot',
      title: 'Le Creuset 酷彩 珐琅炖锅 22cm',
      brand: 'Le Creuset 酷彩',
      categoryPath: ['锅具', '炖锅'],
      price: 2680,
      ...cny,
    }),
    makeProduct({
      id: 'desk',
      title: '米家 智能台灯 Pro',
      brand: '米家',
      categoryPath: ['灯具', '台灯'],
      price: 249,
      ...cny,
    }),
    makeProduct({
      id: 'ceiling',
      title: '欧普 LED吸顶灯 客厅款',
      brand: '欧普',
      categoryPath: ['灯具', '吸顶灯'],
      price: 599,
      ...cny,
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('products named by brand and kind, and kinds asked for apart', () => {
  it('keeps a brand whole that ends in a function character (美的) and names its one product', async () => {
    const shop = await assistant();
    const answer = await shop.ask('美的电饭煲多少钱？', { locale: 'zh' });
    expect(answer.cards.map((card) => card.id)).toEqual(['midea']);
    expect(answer.text).toContain('399');
  });

  it('names, of a brand’s products, the one of the kind asked', async () => {
    const shop = await assistant();
    const answer = await shop.ask('苏泊尔的电饭煲多少钱？', { locale: 'zh' });
    expect(answer.text).toContain('329');
    expect(answer.text).not.toContain('259');
  });

  it('names a product by either name of a brand written in two scripts', async () => {
    const shop = await assistant();
    const answer = await shop.ask('酷彩炖锅多少钱？', { locale: 'zh' });
    expect(answer.text).toContain('2,680');
  });

  it('searches for each kind of "A或者B" and shows both', async () => {
    const shop = await assistant();
    const answer = await shop.ask('想买盏吸顶灯或者台灯', { locale: 'zh' });
    expect(answer.cards.map((card) => card.id).sort()).toEqual(['ceiling', 'desk']);
  });

  it('answers "A和B各多少钱" with the price of each', async () => {
    const shop = await assistant();
    const answer = await shop.ask('美的电饭煲和苏泊尔炒锅各多少钱？', { locale: 'zh' });
    expect(answer.cards.map((card) => card.id).sort()).toEqual(['midea', 'supor-wok']);
    expect(answer.text).toContain('399');
    expect(answer.text).toContain('259');
  });

  it('offers an in-stock product of the kind when the one asked about is out of stock', async () => {
    const shop = await assistant();
    const answer = await shop.ask('苏泊尔的电饭煲有货吗？', { locale: 'zh' });
    expect(answer.text).toContain('缺货');
    expect(answer.cards.map((card) => card.id)).toEqual(['supor-cooker', 'midea']);
  });

  it('shows other products of the kind for "还有别的…吗", not the one asked about', async () => {
    const shop = await assistant();
    await shop.ask('美的电饭煲多少钱？', { locale: 'zh' });
    const answer = await shop.ask('还有别的电饭煲吗？', { locale: 'zh' });
    expect(answer.cards.map((card) => card.id)).toEqual(['supor-cooker']);
  });
});

const hardware: Catalog = {
  store: makeStore({
    warrantyPolicy: 'Hand tools carry a lifetime warranty against breakage.',
    shippingPolicy: 'Local delivery costs $9.95, free over $75.',
  }),
  products: [
    makeProduct({
      id: 'hammer',
      title: 'Holdfast 16 oz Claw Hammer',
      categoryPath: ['Hand Tools', 'Hammers'],
      price: 19.99,
      attributes: { Length: '13 in', Weight: '16 oz' },
    }),
  ],
};

const shopAssistant = embeddedAssistants(hardware);

describe('a measure asked of a product', () => {
  it('answers "how long is it" from the length on its sheet, not the warranty’s "how long"', async () => {
    const shop = await shopAssistant();
    const answer = await shop.ask('how long is the claw hammer?', { locale: 'en' });
    expect(answer.text).toContain('13 in');
    const warranty = await shop.ask('how long is the warranty on the claw hammer?', { locale: 'en' });
    expect(warranty.text).toContain('lifetime');
  });

  it('answers a question of several topics with no product in view from the store’s terms', async () => {
    const shop = await shopAssistant();
    const answer = await shop.ask('is there delivery? how much does it cost me', { locale: 'en' });
    expect(answer.text).toContain('$9.95');
  });
});
