import { describe, expect, it } from 'vitest';
import { checkAnswer, factChecker, type FactSheet } from '../../src/core/assistant/grounding/index.ts';
import { makeProduct, makeStore } from './make-product.ts';

const mascara = makeProduct({
  id: '1',
  title: 'Essence Mascara Lash Princess',
  brand: 'Essence',
  description: 'A volumizing and lengthening mascara with a long-lasting, cruelty-free formula.',
  price: 9.99,
  stock: 99,
  rating: { average: 2.56, count: 3 },
  attributes: { Weight: '4', 'Discount Percentage': '10.48' },
  policies: {
    warranty: '1 year warranty',
    returns: '30 days return policy',
    shipping: 'Ships in 3-5 business days',
  },
});
const galaxy = makeProduct({
  id: '132',
  title: 'Samsung Galaxy S8',
  brand: 'Samsung',
  price: 499.99,
  stock: 5,
  policies: { warranty: '2 year warranty' },
});
const iphone = makeProduct({
  id: '124',
  title: 'iPhone X',
  brand: 'Apple',
  price: 899.99,
  salePrice: 849.99,
  stock: 37,
  policies: { warranty: '3 months warranty' },
});
const macbook = makeProduct({
  id: '78',
  title: 'Apple MacBook Pro 14 Inch Space Grey',
  brand: 'Apple',
  price: 1999.99,
});
const lipstick = makeProduct({ id: '4', title: 'Red Lipstick', brand: 'Chic Cosmetics', price: 12.99 });
const yoga = makeProduct({ id: '81', title: 'Lenovo Yoga 920', brand: 'Lenovo', price: 1099.99 });
const kiwi = makeProduct({ id: '30', title: 'Kiwi', price: 2.49 });
const kettle = makeProduct({
  id: 'k1',
  title: 'Steel Kettle 1.7 L',
  brand: 'Brewmaster',
  price: 5,
  currency: 'EUR',
});
const catalog = { products: [mascara, galaxy, iphone, macbook, lipstick, yoga, kiwi, kettle] };

const store = makeStore({
  openingHours: 'Mon–Sat 9:00–18:00',
  returnPolicy: 'Returns within 30 days with a receipt.',
});
const about = (products: FactSheet['products'], extraFacts?: string[]): FactSheet => ({
  products,
  store,
  extraFacts,
});

describe('checkAnswer', () => {
  it('leaves a correct answer exactly as it was', () => {
    const answer =
      'The Essence Mascara Lash Princess costs $9.99 and ships in 3-5 business days. It has a 1-year warranty, ' +
      'a rating of 2.56 stars from 3 reviews, and 99 are in stock.';
    expect(checkAnswer(answer, about([mascara]), catalog)).toEqual({
      text: answer,
      violations: [],
      dropped: [],
    });
  });

  it('replaces a wrong price with the product’s price when the sentence is about one product', () => {
    const checked = checkAnswer(
      'The Samsung Galaxy S8 costs $399.99. It has a 2 year warranty.',
      about([galaxy, iphone]),
      catalog,
    );
    expect(checked.text).toBe('The Samsung Galaxy S8 costs $499.99. It has a 2 year warranty.');
    expect(checked.violations).toEqual([
      { kind: 'price', found: '$399.99', sentence: 'The Samsung Galaxy S8 costs $399.99.', fix: '$499.99' },
    ]);
    expect(checked.dropped).toEqual([]);
  });

  it('fixes to the price at the till for a product on sale, and to the regular price where the answer says so', () => {
    expect(checkAnswer('It costs $1.', about([iphone]), catalog).text).toBe('It costs $849.99.');
    expect(checkAnswer('It was $950 before the sale.', about([iphone]), catalog).text).toBe(
      'It was $899.99 before the sale.',
    );
    expect(checkAnswer('Now $849.99, down from $899.99.', about([iphone]), catalog).violations).toEqual([]);
  });

  it('reads prices in every common notation', () => {
    const right = ['$9.99', '9.99 dollars', 'USD 9.99', '9.990 USD', 'US$9.99'];
    for (const price of right) {
      expect(checkAnswer(`It is ${price}.`, about([mascara]), catalog).violations, price).toEqual([]);
    }
    const wrong = ['USD 10', '10 bucks', '$10.00', '€9.99', '£9.99', '99 cents'];
    for (const price of wrong) {
      const checked = checkAnswer(`It is ${price}.`, about([mascara]), catalog);
      expect(
        checked.violations.map((v) => v.found),
        price,
      ).toEqual([price]);
      expect(checked.text).toBe('It is $9.99.');
    }
    expect(checkAnswer('It is 999 cents.', about([mascara]), catalog).violations).toEqual([]);
    expect(checkAnswer('Only €5 or 5,00 €.', about([kettle]), catalog).violations).toEqual([]);
    expect(checkAnswer('The MacBook costs $1,999.99.', about([macbook]), catalog).violations).toEqual([]);
  });

  it('drops a sentence with a wrong number, keeping the rest', () => {
    const checked = checkAnswer(
      'The mascara costs $9.99. It comes with a 3-year warranty. It ships in 3-5 business days.',
      about([mascara]),
      catalog,
    );
    expect(checked.text).toBe('The mascara costs $9.99. It ships in 3-5 business days.');
    expect(checked.dropped).toEqual(['It comes with a 3-year warranty.']);
    expect(checked.violations).toEqual([
      { kind: 'number', found: '3-year', sentence: 'It comes with a 3-year warranty.' },
    ]);
  });

  it('checks units, spelled-out numbers, percentages and counts', () => {
    const drops = (answer: string) => checkAnswer(answer, about([mascara]), catalog).dropped.length > 0;
    expect(drops('Returns are accepted for 30 days.')).toBe(false);
    expect(drops('Returns are accepted for 30 months.')).toBe(true);
    expect(drops('It has a two-year warranty.')).toBe(true);
    expect(drops('It has a one-year warranty.')).toBe(false);
    expect(drops('It is 10.48% off today.')).toBe(false);
    expect(drops('It is 15% off today.')).toBe(true);
    expect(drops('It weighs 4 g.')).toBe(false);
    expect(drops('Only 5 left!')).toBe(true);
    expect(drops('Rated 2.6 out of 5.')).toBe(false);
    expect(drops('Rated 3 stars.')).toBe(true);
    expect(drops('It has 128GB of storage.')).toBe(true);
  });

  it('drops a sentence naming a catalog product that is not in the facts', () => {
    const checked = checkAnswer(
      'The mascara is $9.99. The Red Lipstick goes well with it.',
      about([mascara]),
      catalog,
    );
    expect(checked.text).toBe('The mascara is $9.99.');
    expect(checked.violations).toEqual([
      { kind: 'product-name', found: 'Red Lipstick', sentence: 'The Red Lipstick goes well with it.' },
    ]);
  });

  it('drops a distinctive part of another product’s name, but not of a fact product’s', () => {
    expect(
      checkAnswer('Unlike the MacBook Pro, it fits in a pocket.', about([iphone]), catalog).dropped,
    ).toHaveLength(1);
    expect(checkAnswer('The Galaxy S8 is out of stock soon.', about([galaxy]), catalog).dropped).toEqual([]);
  });

  it('reads a one-word title as a product name only when it is written as one', () => {
    expect(checkAnswer('You could also try the Kiwi.', about([mascara]), catalog).dropped).toHaveLength(1);
    expect(checkAnswer('It smells of kiwi and lime.', about([mascara]), catalog).violations).toEqual([]);
  });

  it('drops model names that exist neither in the facts nor in the catalog', () => {
    for (const name of ['Galaxy Z9', 'ProMax 3000', 'iPhone 15']) {
      const checked = checkAnswer(`You might prefer the ${name}.`, about([galaxy]), catalog);
      expect(
        checked.violations.map((v) => [v.kind, v.found]),
        name,
      ).toContainEqual(['product-name', name]);
      expect(checked.text).toBe('');
    }
  });

  it('drops a sentence with a brand that belongs to no fact product', () => {
    const checked = checkAnswer(
      'This phone is made by Apple. It has a 2 year warranty.',
      about([galaxy]),
      catalog,
    );
    expect(checked.text).toBe('It has a 2 year warranty.');
    expect(checked.violations).toEqual([
      { kind: 'brand', found: 'Apple', sentence: 'This phone is made by Apple.' },
    ]);
  });

  it('keeps brands of fact products and ordinary words that look like brand names', () => {
    expect(checkAnswer('Samsung makes the Galaxy S8.', about([galaxy]), catalog).violations).toEqual([]);
    expect(checkAnswer('It has a pleasant essence of vanilla.', about([galaxy]), catalog).violations).toEqual(
      [],
    );
  });

  it('drops a wrong price when the sentence could be about several products', () => {
    const checked = checkAnswer(
      'Both cost $100. The iPhone X has 37 in stock.',
      about([galaxy, iphone]),
      catalog,
    );
    expect(checked.text).toBe('The iPhone X has 37 in stock.');
    expect(checked.dropped).toEqual(['Both cost $100.']);
  });

  it('accepts the shopper’s own budget as a limit, but never as a price', () => {
    const facts = about([galaxy, iphone], ['phones under $1000']);
    expect(checkAnswer('Both are under $1000.', facts, catalog).violations).toEqual([]);
    expect(checkAnswer('Both are under $600.', facts, catalog).dropped).toHaveLength(1);
    expect(checkAnswer('The Galaxy S8 costs $1000.', facts, catalog).text).toBe(
      'The Galaxy S8 costs $499.99.',
    );
  });

  it('checks store facts such as opening hours', () => {
    expect(checkAnswer('We are open 9am to 6pm, Monday to Saturday.', about([]), catalog).violations).toEqual(
      [],
    );
    expect(checkAnswer('We are open until 8pm.', about([]), catalog).dropped).toHaveLength(1);
    expect(checkAnswer('You can return items within 30 days.', about([]), catalog).violations).toEqual([]);
  });

  it('tells a dash between a name and a price from a range', () => {
    const answer = '- Lenovo Yoga 920 – $1,099.99\n- iPhone X – $849.99';
    expect(checkAnswer(answer, about([yoga, iphone]), catalog).violations).toEqual([]);
  });

  it('does not split sentences inside prices or abbreviations, and keeps list layout', () => {
    const answer =
      'Great value, e.g. $9.99 for the mascara.\n- Essence Mascara Lash Princess: $9.99\n- Samsung Galaxy S8: $4.99';
    const checked = checkAnswer(answer, about([mascara, galaxy]), catalog);
    expect(checked.text).toBe(
      'Great value, e.g. $9.99 for the mascara.\n- Essence Mascara Lash Princess: $9.99\n- Samsung Galaxy S8: $499.99',
    );
  });

  it('never lets a number through that the facts lack, even next to correct ones', () => {
    const checked = checkAnswer('The iPhone X costs $849.99 and lasts 20 hours.', about([iphone]), catalog);
    expect(checked.text).toBe('');
    expect(checked.violations.map((v) => v.found)).toEqual(['20 hours']);
  });

  it('reads prices in yuan and full-width digits', () => {
    const phone = makeProduct({
      id: 'hw',
      title: '华为 P50 Pro',
      brand: '华为',
      price: 5999,
      currency: 'CNY',
    });
    const shop = makeStore({ currency: 'CNY', locale: 'zh-CN' });
    const facts: FactSheet = { products: [phone], store: shop };
    for (const price of ['5999元', '￥5,999', '５９９９元', '5,999 yuan'])
      expect(checkAnswer(`它的价格是${price}。`, facts, { products: [phone] }).violations, price).toEqual([]);
    const wrong = checkAnswer('它的价格是4999元。', facts, { products: [phone] });
    expect(wrong.violations.map((v) => v.found)).toEqual(['4999元']);
    expect(wrong.text).toContain('5,999');
  });
});

describe('the fact checker with rules the caller selects', () => {
  it('drops a claim without support only when the caller asks for claims and grounding', () => {
    const couch = makeProduct({
      id: 'c',
      title: 'Striped Couch',
      description: 'Red and white striped.',
      price: 300,
    });
    const sentence = 'The Striped Couch uses a specially designed fabric.';
    expect(checkAnswer(sentence, about([couch]), { products: [couch] }).dropped).toEqual([]);
    const strict = factChecker(about([couch]), { rules: ['claims', 'grounding'] });
    const verdict = strict.check(sentence);
    expect(verdict.text).toBeUndefined();
    expect(verdict.violations.map((v) => v.kind)).toEqual(['claim', 'claim']);
    expect(strict.check('The Striped Couch is red and white.').text).toBe(
      'The Striped Couch is red and white.',
    );
  });

  it('drops a Chinese answer that names another product’s brand', () => {
    const huawei = makeProduct({
      id: 'hw',
      title: '华为 P50 Pro',
      brand: '华为',
      price: 5999,
      currency: 'CNY',
    });
    const xiaomi = makeProduct({ id: 'mi', title: '小米 13', brand: '小米', price: 3999, currency: 'CNY' });
    const shop = makeStore({ currency: 'CNY', locale: 'zh-CN' });
    const products = { products: [huawei, xiaomi] };
    const checked = checkAnswer(
      '华为 P50 Pro 售价5999元。小米也不错。',
      { products: [huawei], store: shop },
      products,
    );
    expect(checked.text).toBe('华为 P50 Pro 售价5999元。');
    expect(checked.violations.map((v) => [v.kind, v.found])).toEqual([['brand', '小米']]);
  });
});
