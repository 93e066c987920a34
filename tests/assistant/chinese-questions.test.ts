import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

const catalog: Catalog = {
  store: makeStore({
    name: '街角小店',
    currency: 'CNY',
    locale: 'zh-CN',
    warrantyPolicy: '数码产品全国联保1年。',
    returnPolicy: '未拆封商品7天无理由退货；已拆封的商品仅在有质量问题时退换。',
  }),
  products: [
    makeProduct({
      id: 'book',
      title: '星河 轻薄笔记本 14英寸',
      categoryPath: ['数码', '笔记本电脑'],
      price: 5299,
      currency: 'CNY',
      brand: '星河',
      attributes: { 重量: '1.3千克', 内存: '16GB', 处理器: '锐龙7 8845H' },
      policies: { warranty: '整机保修2年' },
    }),
    makeProduct({
      id: 'moon',
      title: '月光 商务笔记本 15英寸',
      categoryPath: ['数码', '笔记本电脑'],
      price: 4599,
      currency: 'CNY',
      brand: '月光',
      attributes: { 重量: '1.8千克', 内存: '8GB' },
      variants: [
        {
          sku: 'moon-grey',
          title: '深空灰',
          options: { 颜色: '深空灰' },
          price: 4599,
          stock: 6,
          availability: 'in-stock',
        },
        {
          sku: 'moon-silver',
          title: '月光银',
          options: { 颜色: '月光银' },
          price: 4599,
          stock: 0,
          availability: 'out-of-stock',
        },
      ],
    }),
    makeProduct({
      id: 'rice',
      title: '稻花香大米 5kg',
      categoryPath: ['粮油'],
      price: 69,
      currency: 'CNY',
      description: '黑龙江五常产稻花香大米，软糯香甜。',
    }),
    makeProduct({
      id: 'foundation',
      title: '云朵 水光粉底液 30ml',
      categoryPath: ['美妆', '粉底'],
      price: 229,
      currency: 'CNY',
      brand: '云朵',
      variants: [
        {
          sku: 'f-01',
          title: '01 象牙白',
          options: { 色号: '01 象牙白' },
          price: 229,
          stock: 4,
          availability: 'in-stock',
        },
        {
          sku: 'f-02',
          title: '02 自然色',
          options: { 色号: '02 自然色' },
          price: 229,
          stock: 3,
          availability: 'in-stock',
        },
      ],
    }),
    makeProduct({
      id: 'lip-red',
      title: '绯色 丝绒哑光口红 3.5g',
      categoryPath: ['美妆', '口红'],
      price: 159,
      currency: 'CNY',
      brand: '绯色',
    }),
    makeProduct({
      id: 'lip-gloss',
      title: '绯色 水光镜面唇釉 口红 4ml',
      categoryPath: ['美妆', '口红'],
      price: 99,
      currency: 'CNY',
      brand: '绯色',
    }),
    makeProduct({
      id: 'powder',
      title: '云朵 空气蜜粉 8g',
      categoryPath: ['美妆', '散粉'],
      price: 149,
      currency: 'CNY',
      brand: '云朵',
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('questions asked in Chinese', () => {
  it('answers 重不重 with the weight, not with a yes', async () => {
    const shop = await assistant();
    const answer = await shop.ask('这台电脑重不重？', { productId: 'book', locale: 'zh' });
    expect(answer.text).toContain('1.3千克');
    expect(answer.text).not.toContain('是的');
  });

  it('says the shop has no 空气炸锅 when only a face powder says 空气', async () => {
    const shop = await assistant();
    const answer = await shop.ask('你们卖空气炸锅吗？', { locale: 'zh' });
    expect(answer.text).toContain('没有');
  });

  it('finds the category a request names whatever words follow it (想买点粮油平时自己做饭)', async () => {
    const shop = await assistant();
    const answer = await shop.ask('想买点粮油平时自己做饭用，推荐下', { locale: 'zh' });
    expect(answer.cards[0]?.id).toBe('rice');
    expect(answer.text).not.toContain('没有找到');
  });

  it('answers whether an opened product can be returned with the store’s terms, not with a search', async () => {
    const shop = await assistant();
    const answer = await shop.ask('笔记本电脑开箱用了两天，觉得不合适，还可以退吗', { locale: 'zh' });
    expect(answer.text).toContain('质量问题');
    expect(answer.dontKnow).toBe(false);
  });

  it('gives the store’s warranty and the own warranty of a laptop shown, after a search', async () => {
    const shop = await assistant();
    await shop.ask('有哪些笔记本电脑', { locale: 'zh' });
    const answer = await shop.ask('保修多久？', { locale: 'zh' });
    expect(answer.text).toContain('联保1年');
    expect(answer.text).toContain('整机保修2年');
    // The laptop whose own terms it quotes is shown; the other one has only the store's.
    expect(answer.cards.map((card) => card.id)).toEqual(['book']);
  });

  it('compares two laptops on the attribute the question names in its own words', async () => {
    const shop = await assistant();
    const answer = await shop.ask('星河和月光比一下重量', { locale: 'zh' });
    expect(answer.text).toContain('1.3千克');
    expect(answer.text).toContain('1.8千克');
  });

  it('reads "which one" between two products named as a comparison', async () => {
    const shop = await assistant();
    const answer = await shop.ask('星河和月光哪个内存大', { locale: 'zh' });
    expect(answer.text).toContain('16GB');
    expect(answer.text).toContain('8GB');
  });

  it('knows a variant by the colour word a shopper says without its 色 in the variant’s name', async () => {
    const shop = await assistant();
    await shop.ask('月光笔记本有哪些颜色', { locale: 'zh' });
    const answer = await shop.ask('银色的有货吗', { locale: 'zh' });
    expect(answer.text).toContain('月光银');
    expect(answer.text).toContain('缺货');
  });

  it('answers from the attribute a question names, whatever topic its other words are near', async () => {
    const shop = await assistant();
    const answer = await shop.ask('这台电脑用的是什么处理器？', { productId: 'book', locale: 'zh' });
    expect(answer.text).toContain('锐龙7 8845H');
  });

  it('names the lighter of two laptops', async () => {
    const shop = await assistant();
    const answer = await shop.ask('星河和月光哪个更轻', { locale: 'zh' });
    expect(answer.text).toContain('重量最低的是「星河 轻薄笔记本 14英寸」');
  });

  it('searches for each of two kinds asked for, not about the one product a word of them names', async () => {
    for (const message of ['有什么粉底或者散粉吗？', '粉底或者散粉', '粉底液还是散粉', '想看看粉底和散粉']) {
      const answer = await (await assistant()).ask(message, { locale: 'zh' });
      expect(answer.cards.map((card) => card.id)).toEqual(expect.arrayContaining(['foundation', 'powder']));
    }
  });

  it('reads 有口红吗 as asking for lipsticks, not for reviews (口 is 口红’s, not 口碑’s)', async () => {
    const shop = await assistant();
    const answer = await shop.ask('有口红吗', { locale: 'zh' });
    expect(answer.cards.map((card) => card.id)).toEqual(expect.arrayContaining(['lip-red', 'lip-gloss']));
  });

  it('answers where a product comes from from its description, not from a store field its words are as near', async () => {
    const shop = await assistant();
    const answer = await shop.ask('大米是哪里产的？', { locale: 'zh' });
    expect(answer.text).toContain('五常');
    expect(answer.dontKnow).toBe(false);
  });
});
