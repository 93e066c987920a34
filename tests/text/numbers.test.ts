import { describe, expect, it } from 'vitest';
import { findNumbers, parseAmount, parseChineseNumber } from '../../src/core/text/numbers.ts';

const read = (text: string) =>
  findNumbers(text).map((m) => ({
    value: m.value,
    kind: m.kind,
    ...(m.currency ? { currency: m.currency } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.bound ? { bound: m.bound } : {}),
  }));

describe('the number reader', () => {
  it('reads thousands separators and decimal commas both ways', () => {
    expect(parseAmount('1,299.99')).toBe(1299.99);
    expect(parseAmount('1.299,99')).toBe(1299.99);
    expect(parseAmount('5,99')).toBe(5.99);
    expect(parseAmount('5,999')).toBe(5999);
    expect(parseAmount('1.299', true)).toBe(1299);
    expect(read('5,99 €')).toEqual([{ value: 5.99, kind: 'price', currency: 'EUR' }]);
    expect(read('now 1.299,99 €')).toEqual([{ value: 1299.99, kind: 'price', currency: 'EUR' }]);
    expect(read('$1,299.99')).toEqual([{ value: 1299.99, kind: 'price', currency: '$' }]);
  });

  it('reads full-width digits and signs, keeping offsets into the text as written', () => {
    const [mention] = findNumbers('价格：５９９９元');
    expect(mention).toMatchObject({ value: 5999, kind: 'price', currency: 'CNY', raw: '５９９９元' });
    expect(read('￥5,999')).toEqual([{ value: 5999, kind: 'price', currency: '¥' }]);
  });

  it('reads money in English and Chinese', () => {
    const cases: [string, number, string][] = [
      ['$5', 5, '$'],
      ['5 dollars', 5, '$'],
      ['USD 5', 5, 'USD'],
      ['30 usd', 30, 'USD'],
      ['€5', 5, 'EUR'],
      ['5元', 5, 'CNY'],
      ['¥5', 5, '¥'],
      ['5 yuan', 5, 'CNY'],
      ['500 块', 500, 'CNY'],
      ['五百元', 500, 'CNY'],
      ['两千块钱', 2000, 'CNY'],
      ['1.5万元', 15000, 'CNY'],
      ['$5k', 5000, '$'],
      ['99 cents', 0.99, '$'],
    ];
    for (const [text, value, currency] of cases)
      expect(read(text), text).toEqual([{ value, kind: 'price', currency }]);
  });

  it('reads Chinese numerals where they count something', () => {
    expect(parseChineseNumber('五百')).toBe(500);
    expect(parseChineseNumber('三千五')).toBe(3500);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('5千')).toBe(5000);
    expect(read('5千')).toEqual([{ value: 5000, kind: 'number' }]);
    expect(read('三年保修')).toEqual([{ value: 3, kind: 'number', unit: 'year' }]);
    expect(read('五千克')).toEqual([{ value: 5, kind: 'number', unit: 'kg' }]);
    // "一个" and "统一" state no number.
    expect(read('这是一个统一的设计')).toEqual([]);
  });

  it('reads units, spelled-out measures and ranges', () => {
    expect(
      read('6.1英寸 4000mAh 20V 65W 5Ah 1.7 L 15" 2TB 500ml 3 kg 40 cm 8 mm').map((m) => m.unit),
    ).toEqual(['inch', 'mah', 'v', 'w', 'ah', 'l', 'inch', 'tb', 'ml', 'kg', 'cm', 'mm']);
    expect(read('a two-year warranty')).toEqual([{ value: 2, kind: 'number', unit: 'year' }]);
    expect(read('ships in 3-5 business days').map((m) => m.unit)).toEqual(['day', 'day']);
    expect(read('300到600元')).toEqual([
      { value: 300, kind: 'price', currency: 'CNY' },
      { value: 600, kind: 'price', currency: 'CNY' },
    ]);
  });

  it('reads the limit words around an amount', () => {
    expect(read('五百元以下')).toEqual([{ value: 500, kind: 'price', currency: 'CNY', bound: 'max' }]);
    expect(read('不超过500元')).toEqual([{ value: 500, kind: 'price', currency: 'CNY', bound: 'max' }]);
    expect(read('500元左右')).toEqual([{ value: 500, kind: 'price', currency: 'CNY', bound: 'about' }]);
    expect(read('under 500')).toEqual([{ value: 500, kind: 'number', bound: 'max' }]);
    expect(read('at least $20')).toEqual([{ value: 20, kind: 'price', currency: '$', bound: 'min' }]);
    const [under] = findNumbers('shoes under $50 please');
    expect(under && 'shoes under $50 please'.slice(under.phraseStart, under.phraseEnd)).toBe('under $50');
  });

  it('leaves model names, list markers and ratings scales alone', () => {
    expect(read('Galaxy S8 and P50')).toEqual([]);
    expect(read('1. First')).toEqual([]);
    expect(read('Rated 4 out of 5')).toEqual([{ value: 4, kind: 'number' }]);
  });
});
