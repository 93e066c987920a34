import type { Product, StoreProfile } from '../catalog/types.ts';
import { availabilityText, priceText, ratingText } from './product-facts-block.ts';

/** What a product question asks about, and the catalog's answer to it (undefined when the data lacks it). */
export interface TopicAnswer {
  topic: string;
  /** A complete sentence stating the fact, built from catalog data only. */
  sentence: string | undefined;
  /** Set when part of the question is beyond the data ("when will it be back?"): say so. */
  unknown?: string;
}

type Topic = {
  name: string;
  pattern: RegExp;
  answer: (product: Product, store: StoreProfile) => string | undefined;
};

function attribute(product: Product, names: RegExp): [string, string] | undefined {
  return Object.entries(product.attributes).find(([name]) => names.test(name));
}

function variantValues(product: Product, option: RegExp): string[] {
  const values = new Set<string>();
  for (const variant of product.variants)
    for (const [name, value] of Object.entries(variant.options)) if (option.test(name)) values.add(value);
  return [...values];
}

/** A question answered by every attribute whose name matches, e.g. width, height and depth for "how big". */
function attributeTopic(name: string, pattern: RegExp, names: RegExp): Topic {
  return {
    name,
    pattern,
    answer: (product) => {
      const found = Object.entries(product.attributes).filter(([label]) => names.test(label));
      if (found.length === 0) return undefined;
      const parts = found.map(([label, value]) => `${label.toLowerCase()} ${value}`);
      return `The ${product.title} has ${parts.join(', ')}.`;
    },
  };
}

function optionsTopic(name: string, pattern: RegExp, option: RegExp, noun: string): Topic {
  return {
    name,
    pattern,
    answer: (product) => {
      const values = variantValues(product, option);
      const attr = attribute(product, option);
      if (values.length > 0) return `The ${product.title} comes in ${noun} ${values.join(', ')}.`;
      if (attr) return `The ${product.title}'s ${attr[0].toLowerCase()} is ${attr[1]}.`;
      return undefined;
    },
  };
}

/** Ordered from the most specific question to the broadest. */
const TOPICS: Topic[] = [
  {
    name: 'warranty',
    pattern: /\b(warrant(y|ies)|guarantee)/,
    answer: (p) => (p.policies.warranty ? `The ${p.title} comes with: ${p.policies.warranty}.` : undefined),
  },
  {
    name: 'returns',
    pattern: /\b(return|refund|exchange|(send|bring|take) (it )?back)/,
    answer: (p) => (p.policies.returns ? `Returns for the ${p.title}: ${p.policies.returns}.` : undefined),
  },
  {
    name: 'shipping',
    pattern: /\b(ship|deliver|delivery|shipping|arrive)/,
    answer: (p) => (p.policies.shipping ? `Shipping for the ${p.title}: ${p.policies.shipping}.` : undefined),
  },
  {
    name: 'location',
    pattern: /\b(where (is|are|can i find)|which aisle|aisle|shelf|located)\b/,
    answer: (p) => {
      const where = [
        p.location?.aisle && `aisle ${p.location.aisle}`,
        p.location?.shelf && `shelf ${p.location.shelf}`,
      ]
        .filter(Boolean)
        .join(', ');
      return where ? `You will find the ${p.title} in ${where}.` : undefined;
    },
  },
  {
    name: 'rating',
    pattern: /\b(rating|rated|stars?|reviews? say|good reviews)\b/,
    answer: (p) => {
      const rating = ratingText(p);
      return rating ? `The ${p.title} is rated ${rating}.` : undefined;
    },
  },
  {
    name: 'stock',
    pattern: /\b(in stock|stock|available|availability|have (it|any|this)|sold out|left)\b/,
    answer: (p) => `The ${p.title} is ${availabilityText(p)}.`,
  },
  {
    name: 'price',
    pattern: /\b(price|cost|how much|charge|expensive|cheap(er|est)?|on sale|discount|pay)\b/,
    answer: (p, store) => `The ${p.title} costs ${priceText(p, store)}.`,
  },
  {
    name: 'brand',
    pattern: /\b(brand|make[rs]?|who makes|manufacturer)\b/,
    answer: (p) => (p.brand ? `The ${p.title} is made by ${p.brand}.` : undefined),
  },
  optionsTopic(
    'colour',
    /\b(colou?rs?|black|white|red|blue|green|grey|gray|silver|gold|pink)\b/,
    /colou?r/i,
    'these colours:',
  ),
  optionsTopic('size', /\b(sizes?|fit|small|medium|large)\b/, /size/i, 'these sizes:'),
  attributeTopic('weight', /\b(weigh|weight|heavy|light)\b/, /weight/i),
  attributeTopic(
    'dimensions',
    /\b(dimensions?|size|how (big|large|tall|wide)|width|height|depth)\b/,
    /dimension|width|height|depth|size/i,
  ),
  attributeTopic('material', /\b(material|made of|fabric|cotton|leather|wood)\b/, /material|fabric/i),
  {
    name: 'barcode',
    pattern: /\b(barcode|ean|upc|gtin)\b/,
    answer: (p) => (p.barcode ? `The ${p.title}'s barcode is ${p.barcode}.` : undefined),
  },
  {
    name: 'SKU',
    pattern: /\b(sku|product code|item number|article number)\b/,
    answer: (p) => (p.sku ? `The ${p.title}'s SKU is ${p.sku}.` : undefined),
  },
];

const RESTOCK = /\b(when|back in stock|restock|come back|next delivery)\b/;

/** Attributes whose whole name the question uses ("minimum order quantity"), with their values. */
function namedAttribute(text: string, product: Product): TopicAnswer | undefined {
  const words = new Set(text.match(/[a-z0-9]+/g) ?? []);
  const named = Object.entries(product.attributes).filter(([name]) => {
    const nameWords = name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return nameWords.length > 0 && nameWords.every((word) => words.has(word));
  });
  if (named.length === 0) return undefined;
  const parts = named.map(([name, value]) => `${name.toLowerCase()} ${value}`);
  return {
    topic: named.map(([name]) => name.toLowerCase()).join(', '),
    sentence: `The ${product.title} has ${parts.join(', ')}.`,
  };
}

/** The topic of a question about one product, with the catalog's answer; undefined for a general question. */
export function answerTopic(
  question: string,
  product: Product,
  store: StoreProfile,
): TopicAnswer | undefined {
  const text = question.toLowerCase();
  const attribute = namedAttribute(text, product);
  if (attribute) return attribute;
  const topic = TOPICS.find((candidate) => candidate.pattern.test(text));
  if (!topic) return undefined;
  const answer: TopicAnswer = { topic: topic.name, sentence: topic.answer(product, store) };
  if (topic.name === 'stock' && RESTOCK.test(text) && product.availability === 'out-of-stock')
    answer.unknown = 'when it will be back in stock';
  return answer;
}
