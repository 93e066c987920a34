import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.ts';
import { shopperFacts } from '../../src/ui/product-facts.ts';
import { product } from '../search/products.ts';

describe('a product page’s facts', () => {
  it('writes width, height and depth as one size, leaves out the seller’s terms, and formats numbers per locale', () => {
    const phone = {
      ...product('p1', 'Phone'),
      brand: 'Apple',
      attributes: {
        'Discount Percentage': '19.59',
        Weight: '1234.5',
        Width: '21.88',
        Height: '24.19',
        Depth: '14.19',
        'Minimum Order Quantity': '2',
        Colour: 'Space grey',
      },
    };
    const rows = shopperFacts(phone, messages('en').ui.product.facts, 'en-US');
    expect(rows.slice(0, 4)).toEqual([
      ['Brand', 'Apple'],
      ['Weight', '1,234.5'],
      ['Size (W × H × D)', '21.88 × 24.19 × 14.19'],
      ['Colour', 'Space grey'],
    ]);
    expect(rows.map(([name]) => name)).not.toContain('Discount Percentage');
    expect(rows.map(([name]) => name)).not.toContain('Minimum Order Quantity');
    expect(shopperFacts(phone, messages('zh').ui.product.facts, 'zh-CN')[2]?.[0]).toBe(
      '尺寸（宽 × 高 × 深）',
    );
  });

  it('keeps width, height and depth apart when one of them is missing', () => {
    const shelf = { ...product('s1', 'Shelf'), attributes: { Width: '80', Height: '200' } };
    const names = shopperFacts(shelf, messages('en').ui.product.facts, 'en-US').map(([name]) => name);
    expect(names).toContain('Width');
    expect(names).toContain('Height');
  });
});
