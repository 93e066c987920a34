import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/types.ts';
import { embeddedAssistants } from './embedded-assistant.ts';
import { makeProduct, makeStore } from './make-product.ts';

/** A paddle-sports shop none of the assistant's wording was written for. */
const catalog: Catalog = {
  store: makeStore({
    name: 'Riverbend Paddle',
    openingHours: 'Open daily 9 am to 6 pm.',
    shippingPolicy: 'We deliver boats anywhere in the county for $40; heavy boats go by van.',
    returnPolicy: 'Unused boats can be returned within 14 days.',
    faq: [
      {
        question: 'Can I hire a kayak for the day?',
        answer: 'Yes: day hire of a sit-on-top kayak is $45, booked at the counter.',
      },
    ],
  }),
  products: [
    makeProduct({
      id: 'riverline',
      title: 'Paddleco Riverline 10 Recreational Kayak',
      brand: 'Paddleco',
      categoryPath: ['Boats', 'Kayaks'],
      price: 649,
      availability: 'in-stock',
      description: 'A stable sit-inside kayak for lakes and slow rivers. The paddle is sold separately.',
      attributes: { Weight: '22 kg' },
      variants: [
        {
          sku: 'RL-R',
          title: 'Red',
          options: { Color: 'Red' },
          price: 649,
          stock: 3,
          availability: 'in-stock',
        },
        {
          sku: 'RL-S',
          title: 'Sky',
          options: { Color: 'Sky' },
          price: 649,
          stock: 2,
          availability: 'in-stock',
        },
      ],
    }),
    makeProduct({
      id: 'tandem',
      title: 'Paddleco Tandem 13 Sit-On-Top Kayak',
      brand: 'Paddleco',
      categoryPath: ['Boats', 'Kayaks'],
      price: 899,
      availability: 'in-stock',
      description: 'Room for two paddlers and a dog.',
      attributes: { Weight: '48 lb' },
    }),
    makeProduct({
      id: 'float',
      title: 'Eddy Inflatable Kayak',
      brand: 'Eddy',
      categoryPath: ['Boats', 'Inflatables'],
      price: 299,
      availability: 'in-stock',
      description: 'Packs into a bag for the car boot.',
    }),
    makeProduct({
      id: 'canoe',
      title: 'Birchwater Open Canoe',
      brand: 'Birchwater',
      categoryPath: ['Boats', 'Canoes'],
      price: 499,
      salePrice: 449,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'paddle',
      title: 'Paddleco Carbon Touring Paddle',
      brand: 'Paddleco',
      categoryPath: ['Paddles'],
      price: 189,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'watch',
      title: 'Torq Watch S2 GPS Smartwatch',
      brand: 'Torq',
      categoryPath: ['Electronics'],
      price: 199,
      availability: 'in-stock',
      variants: [
        {
          sku: 'S2-B',
          title: 'Black',
          options: { Color: 'Black' },
          price: 199,
          stock: 4,
          availability: 'in-stock',
        },
        {
          sku: 'S2-O',
          title: 'Sunset Orange',
          options: { Color: 'Sunset Orange' },
          price: 199,
          stock: 1,
          availability: 'low-stock',
        },
      ],
    }),
    makeProduct({
      id: 'strap',
      title: 'Torq Watch S2 Silicone Sport Strap 22mm',
      brand: 'Torq',
      categoryPath: ['Electronics'],
      price: 25,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'over-ear',
      title: 'Torq Over-Ear Waterproof Headphones',
      brand: 'Torq',
      categoryPath: ['Electronics'],
      price: 129,
      availability: 'out-of-stock',
    }),
    makeProduct({
      id: 'studio',
      title: 'Baltic Studio Over-Ear Headphones',
      brand: 'Baltic',
      categoryPath: ['Electronics'],
      price: 149,
      availability: 'out-of-stock',
    }),
    makeProduct({
      id: 'earbuds',
      title: 'Torq Sport Earbuds',
      brand: 'Torq',
      categoryPath: ['Electronics'],
      price: 59,
      availability: 'in-stock',
    }),
    makeProduct({
      id: 'kayak-light',
      title: 'Eddy Deck Light',
      brand: 'Eddy',
      categoryPath: ['Lights'],
      price: 24,
      salePrice: 19,
      availability: 'in-stock',
      description: 'A bright white light for the deck of any kayak, kept dry in a sealed case.',
    }),
    makeProduct({
      id: 'vest',
      title: 'Eddy Buoyancy Aid',
      brand: 'Eddy',
      categoryPath: ['Safety'],
      price: 59,
      availability: 'in-stock',
      reviews: [
        { rating: 5, text: 'Very comfortable and light. Great fit over a fleece.' },
        { rating: 4, text: 'Comfortable all day on the river.' },
        { rating: 2, text: 'Comfortable, but the zip broke after a month.' },
        { rating: 2, text: 'The zip broke on my second trip. Disappointing.' },
      ],
    }),
  ],
};

const assistant = embeddedAssistants(catalog);

describe('a shop the assistant has never seen', () => {
  it('answers a question about a product the FAQ also mentions from the product, and the FAQ when asked', async () => {
    const shop = await assistant();
    // The FAQ shares only its kind of thing with this question; what it asks is the price.
    const price = await shop.ask('what does the riverline 10 kayak cost?');
    expect(price.text).toContain('$649.00');
    expect(price.text).not.toContain('$45');
    const hire = await shop.ask('do you hire out kayaks?');
    expect(hire.text).toContain('$45');
  });

  it('knows a product by a name of its own however little of its title is written', async () => {
    const shop = await assistant();
    const answer = await shop.ask('which colours does the riverline come in');
    expect(answer.cards.map((card) => card.id)).toEqual(['riverline']);
    expect(answer.text).toContain('Red');
    expect(answer.text).toContain('Sky');
  });

  it('knows a product by its model code over the accessory whose title also carries it', async () => {
    const shop = await assistant();
    const answer = await shop.ask('what colours does the torq s2 come in?');
    expect(answer.cards.map((card) => card.id)).toEqual(['watch']);
    expect(answer.text).toContain('Orange');
  });

  it('answers each of two questions in one message, about the product the first one names', async () => {
    const shop = await assistant();
    const parts: string[] = [];
    const answer = await shop.ask('how much is the riverline? does it come with a paddle?', {
      onText: (text) => parts.push(text),
    });
    expect(answer.text).toContain('$649.00');
    expect(answer.text).toMatch(/paddle is sold separately/i);
    expect(answer.cards[0]?.id).toBe('riverline');
    expect(new Set(answer.cards.map((card) => card.id)).size).toBe(answer.cards.length);
    // The reply grows: the first answer is on screen before the second is added to it.
    expect(parts.some((text) => text.includes('$649.00') && !/sold separately/i.test(text))).toBe(true);
    expect(parts.at(-1)).toBe(answer.text);
  });

  it('answers the store’s terms for two questions about them, once', async () => {
    const shop = await assistant();
    const answer = await shop.ask('do you deliver? how much does it cost?');
    expect(answer.dontKnow).toBe(false);
    expect(answer.text).not.toMatch(/which product/i);
    expect(answer.text).toContain('$40');
    expect(answer.text.match(/\$40/g)).toHaveLength(1);
  });

  it('answers two questions about different terms of the store, each', async () => {
    const shop = await assistant();
    const answer = await shop.ask('do you deliver? can I bring it back if I change my mind?');
    expect(answer.text).toContain('$40');
    expect(answer.text).toContain('14 days');
  });

  it('looks for a cheaper product of the kind the follow-up names, not in an earlier search', async () => {
    const shop = await assistant();
    await shop.ask('do you have buoyancy aids?');
    await shop.ask('how much is the tandem 13?');
    // A kind wider than the tandem's own (Kayaks): any boat that costs less.
    const cheaper = await shop.ask('got a cheaper boat?');
    const ids = cheaper.cards.map((card) => card.id);
    expect(ids).toEqual(expect.arrayContaining(['riverline', 'canoe', 'float']));
    expect(ids).not.toContain('tandem');
    expect(cheaper.dontKnow).toBe(false);
  });

  it('says the best match of a kind asked in stock is sold out, then offers what is in stock', async () => {
    const shop = await assistant();
    const answer = await shop.ask('any over-ear headphones in stock?');
    expect(['over-ear', 'studio']).toContain(answer.cards[0]?.id);
    expect(answer.text).toMatch(/out of stock/i);
    expect(answer.cards.map((card) => card.id)).toContain('earbuds');
  });

  it('knows a variant by the colour its name writes', async () => {
    const shop = await assistant();
    await shop.ask('what colours does the torq s2 come in?');
    const answer = await shop.ask('is the orange one in stock?');
    expect(answer.text).toContain('Sunset Orange');
    expect(answer.text).toMatch(/only 1|1 left|1 available/i);
  });

  it('knows which product of a list "the sky one" is: the one shown that comes in sky', async () => {
    const shop = await assistant();
    const list = await shop.ask('do you have kayaks?');
    expect(list.cards.length).toBeGreaterThan(1);
    const answer = await shop.ask('is the sky one in stock?');
    expect(answer.cards.map((card) => card.id)).toEqual(['riverline']);
    expect(answer.text).toContain('Sky');
  });

  it('answers "which is the cheapest?" of a list with the price of the one it picks', async () => {
    const shop = await assistant();
    const list = await shop.ask('do you have kayaks?');
    const shown = list.cards.map((card) => catalog.products.find((p) => p.id === card.id));
    const cheapest = shown.reduce((a, b) => ((b?.price ?? Infinity) < (a?.price ?? Infinity) ? b : a));
    const answer = await shop.ask('which is the cheapest?');
    expect(answer.dontKnow).toBe(false);
    expect(answer.cards.map((card) => card.id)).toEqual([cheapest?.id]);
    expect(answer.text).toContain(`$${cheapest?.price.toFixed(2)}`);
  });

  it('names the lighter of two products, reading their weights in different units', async () => {
    const shop = await assistant();
    const answer = await shop.ask('the riverline or the tandem 13, which one is lighter?');
    // 48 lb is 21.8 kg: the tandem, though its number is the larger.
    expect(answer.text).toMatch(/Lowest weight: the Paddleco Tandem 13 Sit-On-Top Kayak, 48 lb/);
  });

  it('answers "any complaints?" with what reviewers hold against the product, counted', async () => {
    const shop = await assistant();
    const answer = await shop.ask('any complaints?', { productId: 'vest' });
    expect(answer.text).toMatch(/zip broke/);
    expect(answer.text).toMatch(/2 of 4/);
    expect(answer.text).not.toMatch(/comfortable/i);
  });

  it('does not answer a question about canoes with the FAQ about hiring kayaks', async () => {
    const shop = await assistant();
    const answer = await shop.ask('do you sell canoes?');
    expect(answer.text).not.toContain('$45');
    expect(answer.cards.map((card) => card.id)).toContain('canoe');
  });

  it('answers "any buoyancy aids?" of the one there is with its price and stock', async () => {
    const shop = await assistant();
    const answer = await shop.ask('any buoyancy aids?');
    expect(answer.dontKnow).toBe(false);
    expect(answer.text).toContain('$59.00');
  });

  it('leaves a word that asks for a measure as it is, not repaired into another ("tall", not "tell")', async () => {
    const shop = await assistant();
    const answer = await shop.ask('how tall is the birchwater canoe?');
    expect(answer.dontKnow).toBe(true);
    expect(answer.text).not.toContain('$499.00');
  });

  it('answers a question about a product from the product, not from the store’s terms that share its words', async () => {
    const shop = await assistant();
    const answer = await shop.ask('how heavy is the birchwater canoe?');
    expect(answer.text).not.toContain('van');
    expect(answer.dontKnow).toBe(true);
  });

  it('reads a compound that names two categories by its last word: "kayak lights" are lights', async () => {
    const shop = await assistant();
    const answer = await shop.ask('any kayak lights?');
    expect(answer.cards[0]?.id).toBe('kayak-light');
    expect(answer.text).toContain('$24.00');
  });

  it('answers "got a … ?" with what the shop has of that kind, not a question about the product named', async () => {
    const shop = await assistant();
    // A question about the product on screen before it: the request still asks for one of a kind.
    await shop.ask('how heavy is the riverline kayak?');
    const answer = await shop.ask('got an inflatable kayak that fits in a car?');
    expect(answer.intent).toBe('find');
    expect(answer.cards.map((card) => card.id)).toContain('float');
  });

  it('asks which product "it" is when nothing is on screen, not the store’s delivery terms', async () => {
    const shop = await assistant();
    const answer = await shop.ask('how much is it?');
    expect(answer.text).not.toContain('$40');
    expect(answer.cards).toEqual([]);
  });

  it('lists what is on sale whatever else the words say, then narrows that list by a bound', async () => {
    const shop = await assistant();
    const all = await shop.ask('whats on sale atm');
    expect(all.cards.map((card) => card.id).sort()).toEqual(['canoe', 'kayak-light']);
    const cheap = await shop.ask('anything on sale under $100?');
    expect(cheap.cards.map((card) => card.id)).toEqual(['kayak-light']);
    expect(cheap.text).toContain('$19.00');
  });

  it('answers "when does it expire?" of the product on screen from its evidence, not with the opening hours', async () => {
    const shop = await assistant();
    const answer = await shop.ask('when does this one expire?', { productId: 'canoe' });
    expect(answer.text).not.toContain('9 am');
    expect(answer.dontKnow).toBe(true);
    const hours = await shop.ask('what time do you open?', { productId: 'canoe' });
    expect(hours.text).toContain('9 am');
  });

  it('finds the one a superlative asks for by the attribute it names, amounts read in their units', async () => {
    const shop = await assistant();
    // 48 lb is about 21.8 kg: lighter than the 22 kg Riverline.
    const answer = await shop.ask('which kayak is the lightest?');
    expect(answer.cards[0]?.id).toBe('tandem');
    expect(answer.text).toContain('48 lb');
  });

  it('answers "when are you getting more in?" of the sold-out product shown beside its alternative', async () => {
    const shop = await assistant();
    const stock = await shop.ask('are the torq over-ear headphones in stock?');
    expect(stock.cards.length).toBeGreaterThanOrEqual(2);
    const restock = await shop.ask('when will you get more in?');
    expect(restock.cards[0]?.id).toBe('over-ear');
    expect(restock.dontKnow).toBe(true);
  });
});
