import { describe, expect, it } from 'vitest';
import { decideIntent, type IntentCues } from '../../src/core/assistant/understand/decide-intent.ts';
import type { Intent } from '../../src/core/assistant/understand/turn.ts';

/** The cues of a message with nothing on screen, closest in meaning to `scores`. */
function cues(scores: Partial<Record<Intent, number>>, fields: Partial<IntentCues> = {}): IntentCues {
  return {
    scores: new Map(Object.entries(scores) as [Intent, number][]),
    compareWords: false,
    refinement: false,
    pointsBack: false,
    bareReference: false,
    hasTarget: false,
    namesProduct: false,
    namesSeveral: false,
    asksWhich: false,
    kindsSeveral: false,
    namesWholeProduct: false,
    searchWords: 0,
    othersOfKind: false,
    priceBounds: false,
    productTopic: false,
    storeTopic: false,
    policyTopic: false,
    storeWords: false,
    severalShown: false,
    yesNo: false,
    faqScore: 0,
    keywordsOnly: false,
    ...fields,
  };
}

describe('the intent of a message', () => {
  it('is a search when it bounds the price, even beside a FAQ question sharing its kind of thing', () => {
    // "need a coffee grinder under $50" beside the FAQ "Do you sell coffee beans?".
    const grinder = cues(
      { 'product-question': 0.34, find: 0.31, 'store-info': 0.2 },
      {
        priceBounds: true,
        searchWords: 2,
        faqScore: 0.53,
      },
    );
    expect(decideIntent(grinder)).toBe('find');
    // "Is shipping free over $50?" asks the store's terms.
    const shipping = cues(
      { 'store-info': 0.4, find: 0.3 },
      { priceBounds: true, policyTopic: true, faqScore: 0.6 },
    );
    expect(decideIntent(shipping)).toBe('store-info');
  });

  it('is a search when a pointer points at nothing and the message is near no intent', () => {
    // "looking for something to ride to work on, it's about 5 miles each way", nothing on screen.
    const ride = cues({ 'store-info': 0.26, find: 0.24, 'product-question': 0.18 }, { bareReference: true });
    expect(decideIntent(ride)).toBe('find');
    // "How much is it?" with nothing on screen asks which product.
    const price = cues({ 'product-question': 0.64, 'store-info': 0.47 }, { bareReference: true });
    expect(decideIntent(price)).toBe('product-question');
  });

  it('is a search for a kind the catalog sells when the store has nothing to answer it with', () => {
    // "What bakeware do you have?": nearest the store's questions, with no FAQ, hours or terms to answer.
    const bakeware = cues({ 'store-info': 0.34, find: 0.3, greeting: 0.26 }, { searchWords: 1 });
    expect(decideIntent(bakeware)).toBe('find');
    // "What are your opening hours?" is the store's.
    const hours = cues({ 'store-info': 0.6, find: 0.2 }, { storeTopic: true });
    expect(decideIntent(hours)).toBe('store-info');
  });
});
