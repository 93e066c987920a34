import { describe, expect, it } from 'vitest';
import { parseConversations } from '../../eval/conversations.ts';
import { evaluateMode } from '../../eval/evaluate.ts';
import { replaceSection } from '../../eval/report.ts';
import {
  inventedFacts,
  mentions,
  pricesIn,
  saysDontKnow,
  scoreConversation,
  type ScoringFacts,
} from '../../eval/scorer.ts';
import { categoryOf, median } from '../../eval/summary.ts';
import type { AskAnswer, AskBatch, Conversation } from '../../eval/types.ts';
import { makeProduct, makeStore } from '../assistant/make-product.ts';

const mascara = makeProduct({
  id: '1',
  title: 'Essence Mascara Lash Princess',
  price: 9.99,
  stock: 99,
  rating: { average: 4.56, count: 3 },
  policies: { warranty: '1 week warranty' },
});
const laptop = makeProduct({
  id: '82',
  title: 'New DELL XPS 13 9300 Laptop',
  price: 1499.99,
  salePrice: 1399.99,
});
const facts: ScoringFacts = {
  products: new Map([mascara, laptop].map((p) => [p.id, p])),
  store: makeStore(),
};

const answer = (text: string, products: string[] = [], intent = 'product-question'): AskAnswer => ({
  text,
  products,
  intent,
  firstCardMs: 10,
  lastTokenMs: 200,
});
const conversation = (fields: Partial<Conversation> = {}): Conversation => ({
  id: 'price-01',
  turns: ['how much is it?'],
  product: '1',
  expect: [{ intent: 'product-question', products: ['1'], mustMention: ['$9.99'] }],
  ...fields,
});

describe('the evaluation scorer', () => {
  it('passes a correct answer', () => {
    const [score] = scoreConversation(conversation(), [answer('It costs $9.99.', ['1'])], facts);
    expect(score).toMatchObject({
      passed: true,
      failures: [],
      intentCorrect: true,
      invented: [],
      dontKnowCorrect: true,
    });
  });

  it('counts an invented price, even in an otherwise passing answer', () => {
    const [score] = scoreConversation(conversation(), [answer('It costs $9.99, or $1 today.', ['1'])], facts);
    expect(score?.invented).toEqual(['$1']);
    expect(
      inventedFacts(answer('Now 1,399.99 dollars.', ['82']), conversation({ product: undefined }), 0, facts),
    ).toEqual([]);
    expect(inventedFacts(answer('It costs $1,399.99.', ['1']), conversation(), 0, facts)).toEqual([
      '$1,399.99',
    ]);
  });

  it('counts invented numbers but accepts the products’ own, rounded ratings and counts', () => {
    const turn = conversation();
    expect(
      inventedFacts(answer('99 in stock, rated 4.6 out of 5, 1 week warranty.', ['1']), turn, 0, facts),
    ).toEqual([]);
    expect(inventedFacts(answer('It has a 2 year warranty and 5 stars.', ['1']), turn, 0, facts)).toEqual([
      '2',
      '5',
    ]);
    expect(inventedFacts(answer('I found 2 products:\n1. A\n2. B', ['1', '82']), turn, 0, facts)).toEqual([]);
  });

  it('lets a limit echo the shopper’s budget, but not as a price', () => {
    const search = conversation({ turns: ['laptops under $1500'], product: undefined });
    expect(
      inventedFacts(answer('Laptops under $1,500: the Dell at $1,399.99.', ['82']), search, 0, facts),
    ).toEqual([]);
    expect(inventedFacts(answer('The Dell costs $1,500.', ['82']), search, 0, facts)).toEqual(['$1,500']);
    const range = conversation({ turns: ['laptops between 1000 and 1500 dollars'], product: undefined });
    expect(inventedFacts(answer('2 matches ($1,000 to $1,500).', ['82']), range, 0, facts)).toEqual([]);
    // "About $5" read as $4 to $6 is the assistant's range, not the shopper's words.
    const about = conversation({ turns: ['something that costs $5'], product: undefined });
    expect(inventedFacts(answer('2 matches ($4 to $6).', ['82']), about, 0, facts)).toEqual(['$4', '$6']);
  });

  it('takes the prices the store’s own terms state as facts', () => {
    const store = { ...facts, store: makeStore({ shippingPolicy: 'Delivery costs $4.95, free over $50.' }) };
    const turn = conversation({ turns: ['how much is delivery?'], product: undefined });
    expect(inventedFacts(answer('Delivery costs $4.95, free over $50.', []), turn, 0, store)).toEqual([]);
    expect(inventedFacts(answer('Delivery costs $5.95.', []), turn, 0, store)).toEqual(['$5.95']);
  });

  it('fails a turn with a missing mention or a forbidden one', () => {
    const [missing] = scoreConversation(conversation(), [answer('It is in stock.', ['1'])], facts);
    expect(missing).toMatchObject({ passed: false, failures: ['does not mention "$9.99"'] });
    const forbidding = conversation({ expect: [{ mustNotMention: ['$1'] }] });
    expect(scoreConversation(forbidding, [answer('It is $1.')], facts)[0]?.passed).toBe(false);
    expect(scoreConversation(forbidding, [answer('It is $1,499.99.')], facts)[0]?.passed).toBe(true);
  });

  it('fails wrong intents, missing products and missing answers', () => {
    const [wrong] = scoreConversation(conversation(), [answer('It costs $9.99.', ['82'], 'find')], facts);
    expect(wrong?.failures).toEqual(['intent find, expected product-question', 'products 1 not shown']);
    const all = conversation({ expect: [{ products: ['1', '82'] }] });
    expect(scoreConversation(all, [answer('x', ['1'])], facts)[0]?.failures).toEqual([
      'products 82 not shown',
    ]);
    const any = conversation({ expect: [{ productsAny: ['1', '82'] }] });
    expect(scoreConversation(any, [answer('x', ['1'])], facts)[0]?.passed).toBe(true);
    expect(scoreConversation(any, [answer('x', ['5'])], facts)[0]?.failures).toEqual([
      'none of products 1, 82 shown',
    ]);
    expect(scoreConversation(conversation(), [], facts)[0]).toMatchObject({
      passed: false,
      failures: ['no answer'],
    });
  });

  it('checks that "don’t know" is said exactly when due', () => {
    const unknown = conversation({ turns: ['is it waterproof?'], expect: [{ dontKnow: true }] });
    expect(scoreConversation(unknown, [answer('Yes, fully waterproof.')], facts)[0]).toMatchObject({
      passed: false,
      dontKnowCorrect: false,
    });
    expect(
      scoreConversation(
        unknown,
        [answer('The catalog does not say; please ask a member of staff.')],
        facts,
      )[0],
    ).toMatchObject({
      passed: true,
      dontKnowCorrect: true,
    });
    expect(
      scoreConversation(conversation(), [answer('I don’t know, it is $9.99.', ['1'])], facts)[0]
        ?.dontKnowCorrect,
    ).toBe(false);
    expect(saysDontKnow("Sorry, we don't carry that.")).toBe(true);
    expect(saysDontKnow('It has no return policy.')).toBe(false);
  });

  it('matches prices however they are written', () => {
    expect(mentions('Only 1499.99 dollars', '$1,499.99')).toBe(true);
    expect(mentions('Only $1,499.00', '$1,499.99')).toBe(false);
    expect(mentions('It has No Return Policy', 'no return')).toBe(true);
    expect(pricesIn('USD 10, €5 and 3 bucks').map((p) => p.value)).toEqual([10, 5, 3]);
  });

  it('summarises timing and categories', () => {
    expect(median([30, 10, 20, Number.NaN, -1])).toBe(20);
    expect(median([10, 20])).toBe(15);
    expect(categoryOf('followup-02')).toBe('followup');
  });

  it('scores a whole run through the batch function', async () => {
    const askBatch: AskBatch = async (_catalog, conversations) =>
      conversations.map((c) => ({ id: c.id, answers: c.turns.map(() => answer('It costs $19.99.', ['1'])) }));
    const result = await evaluateMode('template', [conversation()], { askBatch, catalogPath: 'x', facts });
    expect(result.summary).toMatchObject({
      turns: 1,
      answerAccuracy: { hits: 0, total: 1 },
      intentAccuracy: { hits: 1, total: 1 },
      inventedFacts: 1,
      byCategory: { price: { hits: 0, total: 1 } },
    });
  });

  it('rewrites only its own section of the quality page', () => {
    const page = '# Quality\n\n## Search\n\nsearch table\n\n## Assistant\n\nold\n';
    expect(replaceSection(page, '## Assistant\n\nnew\n')).toBe(
      '# Quality\n\n## Search\n\nsearch table\n\n## Assistant\n\nnew\n',
    );
    expect(replaceSection('# Quality\n\n## Search\n\nx\n', '## Assistant\n\nnew\n')).toBe(
      '# Quality\n\n## Search\n\nx\n\n## Assistant\n\nnew\n',
    );
    expect(replaceSection(undefined, '## Assistant\n')).toBe('# Quality\n\n## Assistant\n');
  });

  it('rejects a malformed evaluation set', () => {
    const line = JSON.stringify(conversation());
    expect(() => parseConversations(`${line}\n${line}`, 'set.jsonl')).toThrow('duplicate id price-01');
    expect(() => parseConversations(JSON.stringify({ ...conversation(), expect: [] }), 'set.jsonl')).toThrow(
      'one entry per turn',
    );
    expect(() =>
      parseConversations(JSON.stringify({ ...conversation(), expect: [{ intent: 'chat' }] }), 'set.jsonl'),
    ).toThrow('unknown intent');
    expect(() =>
      parseConversations(
        JSON.stringify({ ...conversation(), expect: [{ productsAll: ['1'] }] }),
        'set.jsonl',
      ),
    ).toThrow('"productsAll" is now "products"');
    expect(() =>
      parseConversations(
        JSON.stringify({ ...conversation(), expect: [{ mustMentoin: ['x'] }] }),
        'set.jsonl',
      ),
    ).toThrow('unknown field mustMentoin');
    expect(() =>
      parseConversations(
        JSON.stringify({ ...conversation(), expect: [{ answerLocale: 'fr' }] }),
        'set.jsonl',
      ),
    ).toThrow('answerLocale');
  });
});
