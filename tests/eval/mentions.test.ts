import { describe, expect, it } from 'vitest';
import { mentions, numbersIn, pricesIn } from '../../eval/mentions.ts';
import { inventedFacts, saysDontKnow, scoreConversation, type ScoringFacts } from '../../eval/scorer.ts';
import type { AskAnswer, Conversation } from '../../eval/types.ts';
import { makeProduct, makeStore } from '../assistant/make-product.ts';

const phone = makeProduct({ id: 'p1', title: '华为 Mate 60 Pro', price: 6999, salePrice: 5999, stock: 12 });
const facts: ScoringFacts = {
  products: new Map([[phone.id, phone]]),
  store: makeStore({ returnPolicy: '7天无理由退货' }),
};
const answer = (text: string, products: string[] = []): AskAnswer => ({
  text,
  products,
  intent: 'product-question',
  firstCardMs: 1,
  lastTokenMs: 1,
});
const turn = (fields: Partial<Conversation>): Conversation => ({
  id: 'zh-01',
  turns: ['多少钱？'],
  expect: [{}],
  ...fields,
});

describe('required mentions', () => {
  it('match a number only as a whole token', () => {
    expect(mentions('It costs $15.', '5')).toBe(false);
    expect(mentions('It costs 5.99 today.', '5')).toBe(false);
    expect(mentions('Galaxy S8 in stock', '8')).toBe(false);
    expect(mentions('We have 1,500 units', '500')).toBe(false);
    expect(mentions('Only 5 left.', '5')).toBe(true);
    expect(mentions('It weighs 5kg', '5')).toBe(true);
    expect(mentions('Ships in 3-5 business days', '5')).toBe(true);
    expect(mentions('Dimensions 13.765 cm', '13.76')).toBe(false);
    expect(mentions('Width: 13.76 cm.', '13.76')).toBe(true);
  });

  it('match words as whole words, ignoring case, spaces and hyphens between them', () => {
    expect(mentions('Huawei’s laptop', 'Huawei')).toBe(true);
    expect(mentions('A Product', 'Pro')).toBe(false);
    expect(mentions('It is out-of-stock', 'out of stock')).toBe(true);
    expect(mentions('It has No Return Policy', 'no return')).toBe(true);
  });

  it('match a price however the same amount is written', () => {
    for (const text of ['9.99', '$9.99', 'USD 9.99', 'only 9.99 dollars'])
      expect(mentions(`It is ${text}.`, '$9.99')).toBe(true);
    for (const text of ['¥5,999', '5999元', '￥5999.00', '5,999 yuan', 'CNY 5999'])
      expect(mentions(`现价${text}`, '¥5,999')).toBe(true);
    expect(mentions('现价5999元', '5999元')).toBe(true);
    expect(mentions('现价15999元', '¥5,999')).toBe(false);
    expect(mentions('It is $19.99', '$9.99')).toBe(false);
    expect(mentions('Only $1,499.00', '$1,499.99')).toBe(false);
  });

  it('match Chinese as substrings, with numbers inside them still whole', () => {
    expect(mentions('这款手机支持7天无理由退货。', '无理由退货')).toBe(true);
    expect(mentions('保修1年', '1年')).toBe(true);
    expect(mentions('保修11年', '1年')).toBe(false);
    expect(mentions('库存还有12件', '12件')).toBe(true);
    expect(mentions('这是华为Mate 60 Pro', '华为')).toBe(true);
  });

  it('read full-width digits and yuan prices', () => {
    expect(numbersIn('还剩１２件').map((n) => n.value)).toEqual([12]);
    expect(pricesIn('售价￥5,999，原价6999元，约800块').map((p) => p.value)).toEqual([5999, 6999, 800]);
  });
});

describe('the scorer on Chinese answers', () => {
  it('requires the answer in the expected language', () => {
    const conversation = turn({ expect: [{ answerLocale: 'zh', mustMention: ['¥5,999'] }] });
    expect(scoreConversation(conversation, [answer('现价5999元。', ['p1'])], facts)[0]?.passed).toBe(true);
    expect(
      scoreConversation(conversation, [answer('It is now 5999 yuan.', ['p1'])], facts)[0]?.failures,
    ).toEqual(['answers in en, expected zh']);
  });

  it('reads "don’t know" in Chinese, and fails it where an answer was due', () => {
    expect(saysDontKnow('目录里没有注明防水等级，请咨询店员。')).toBe(true);
    expect(saysDontKnow('现价5999元，有货。')).toBe(false);
    const due = turn({ expect: [{ mustMention: ['¥5,999'] }] });
    const [score] = scoreConversation(due, [answer('不清楚，大概5999元吧。', ['p1'])], facts);
    expect(score?.failures).toEqual(['says it does not know where an answer was due']);
    expect(score).toMatchObject({ dontKnowAvoided: false, dontKnowCorrect: false, dontKnowSaid: undefined });
    const unknown = turn({ expect: [{ dontKnow: true }] });
    expect(scoreConversation(unknown, [answer('目录里没有这方面的信息。')], facts)[0]).toMatchObject({
      passed: true,
      dontKnowSaid: true,
      dontKnowAvoided: undefined,
    });
  });

  it('counts invented numbers, but not the shopper’s own or a Chinese budget echoed', () => {
    const budget = turn({ turns: ['6000元以下的手机'] });
    expect(inventedFacts(answer('6000元以下的有华为，现价5999元。', ['p1']), budget, 0, facts)).toEqual([]);
    expect(inventedFacts(answer('华为售价6000元。', ['p1']), budget, 0, facts)).toEqual(['6000元']);
    expect(inventedFacts(answer('支持7天退货，保修2年。', ['p1']), turn({}), 0, facts)).toEqual(['2']);
    const size = turn({ turns: ['do you have it in size 10?'] });
    expect(inventedFacts(answer('We have no size 10.', ['p1']), size, 0, facts)).toEqual([]);
  });

  it('takes the reviews’ average rating as the catalog’s, and no other rating', () => {
    const reviewed = makeProduct({
      id: 'r1',
      title: '电饭煲',
      reviews: [
        { rating: 5, text: '好' },
        { rating: 3, text: '一般' },
      ],
    });
    const withReviews: ScoringFacts = { ...facts, products: new Map([['r1', reviewed]]) };
    expect(inventedFacts(answer('平均 4.0 分，满分 5 分。', ['r1']), turn({}), 0, withReviews)).toEqual([]);
    expect(inventedFacts(answer('平均 4.5 分，满分 5 分。', ['r1']), turn({}), 0, withReviews)).toEqual([
      '4.5',
    ]);
  });
});
