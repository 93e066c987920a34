import type { Catalog, Product } from '../../src/core/catalog/types.ts';
import { seededRandom } from '../../src/core/runtime/sampler.ts';

/**
 * Word pools for the scaled copies: generic shop vocabulary, so the copies read like more products of the
 * same store (new words, model codes and brands grow the index the way a real catalog does).
 */
const POOLS = {
  look: ['black', 'white', 'navy', 'olive', 'sand', 'silver', 'rose', 'graphite', 'teal', 'ivory', 'amber'],
  build: ['bamboo', 'steel', 'cotton', 'linen', 'leather', 'glass', 'ceramic', 'recycled', 'oak', 'wool'],
  size: ['mini', 'compact', 'large', 'family size', 'travel', 'slim', 'XL', 'twin pack', 'refill'],
  style: ['classic', 'modern', 'pro', 'everyday', 'premium', 'eco', 'sport', 'vintage', 'deluxe', 'lite'],
  use: ['for travel', 'for the office', 'for kids', 'for outdoors', 'for small kitchens', 'for gifting'],
  claim: [
    'Easy to clean and built to last.',
    'Rated highly by customers for value.',
    'Lightweight and easy to carry.',
    'Designed for daily use.',
    'Comes with a two-year guarantee.',
    'Quiet, efficient and simple to use.',
    'A favourite for first-time buyers.',
    'Packed in plastic-free packaging.',
  ],
  brandEnd: ['Works', 'Labs', 'Home', 'Co', 'Studio', 'Goods', 'Line', 'House'],
} as const;

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A shuffled copy of the base description's sentences, plus one or two new ones. */
function variedDescription(random: Random, base: string, extras: string[]): string {
  const sentences = base.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
  }
  return [...sentences, ...extras].join(' ');
}

function copyOf(random: Random, base: Product, copy: number): Product {
  const look = pick(random, POOLS.look);
  const build = pick(random, POOLS.build);
  const style = pick(random, POOLS.style);
  const size = pick(random, POOLS.size);
  const use = pick(random, POOLS.use);
  const code = `${String.fromCharCode(65 + Math.floor(random() * 26))}${100 + Math.floor(random() * 900)}`;
  const factor = 0.7 + random() * 0.7;
  const price = Number.isFinite(base.price) ? Math.round(base.price * factor * 100) / 100 : base.price;
  const brand =
    base.brand && random() < 0.7 ? base.brand : `${base.brand ?? style} ${pick(random, POOLS.brandEnd)}`;
  const rating = base.rating
    ? { average: Math.min(5, Math.max(1, base.rating.average + (random() - 0.5))), count: base.rating.count }
    : undefined;
  return {
    ...base,
    id: `${base.id}~${copy}`,
    title: `${brand} ${style} ${base.title} ${code}, ${look} ${size}`,
    description: variedDescription(random, base.description, [
      `This ${look} ${build} edition is ${use}.`,
      pick(random, POOLS.claim),
    ]),
    brand,
    price,
    salePrice:
      base.salePrice !== undefined && Number.isFinite(price)
        ? Math.round(price * 0.9 * 100) / 100
        : undefined,
    tags: [...base.tags, build, style],
    attributes: { ...base.attributes, Colour: look, Material: build },
    rating,
    variants: [],
    stock: Math.floor(random() * 200),
    sku: base.sku ? `${base.sku}-${copy}` : undefined,
  };
}

/**
 * The catalog grown (or cut) to `size` products, the same for the same seed: the originals first, then
 * copies of them in turn with new titles, shuffled and extended descriptions, prices and brands.
 * `origin[i]` is the index of the original product that product i was made from.
 */
export function scaleCatalog(
  base: Catalog,
  size: number,
  seed = 1,
): { catalog: Catalog; origin: Int32Array } {
  const random = seededRandom(seed);
  const originals = base.products;
  if (originals.length === 0) throw new RangeError('cannot scale an empty catalog');
  const products: Product[] = [];
  const origin = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const from = i % originals.length;
    const original = originals[from] as Product;
    origin[i] = from;
    products.push(
      i < originals.length ? original : copyOf(random, original, Math.floor(i / originals.length)),
    );
  }
  return { catalog: { ...base, products }, origin };
}
