import { describe, expect, it } from 'vitest';
import { namedProduct } from '../../src/core/assistant/product-lookup.ts';
import { createProductSearch } from '../../src/core/search/index.ts';
import { product } from '../search/products.ts';

const baby = {
  store: { name: '母婴小店', currency: 'CNY', locale: 'zh-CN', faq: [] },
  products: [
    product('teether', '禾稻宝宝磨牙棒 原味 64g', { brand: '禾稻', categoryPath: ['辅食'], price: 35 }),
    product('nappies', '云朵超薄透气纸尿裤 M码', {
      brand: '云朵',
      categoryPath: ['纸尿裤'],
      price: 99,
      description: '宝宝体重6-11kg穿M码。',
    }),
    product('bottle', '暖芽宽口径玻璃奶瓶', {
      brand: '暖芽',
      categoryPath: ['奶瓶'],
      price: 129,
      description: '适合新生宝宝。',
    }),
    product('stroller', '途乐轻便折叠伞车', { brand: '途乐', categoryPath: ['推车'], price: 299 }),
  ],
};

describe('the product a message names', () => {
  it('is not the one whose title holds a single everyday word of the message (宝宝)', async () => {
    const search = await createProductSearch(baby);
    expect(await namedProduct(search, '宝宝九公斤多穿哪个码')).toBeUndefined();
    expect((await namedProduct(search, '磨牙棒多少钱'))?.id).toBe('teether');
    expect((await namedProduct(search, '玻璃奶瓶有货吗'))?.id).toBe('bottle');
  });
});
