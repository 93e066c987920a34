import type { Catalog, Product } from '../../src/core/catalog/index.ts';

/** A small catalog product with only what a search test needs. */
export function product(id: string, title: string, extra: Partial<Product> = {}): Product {
  return {
    id,
    title,
    description: '',
    categoryPath: [],
    price: 10,
    currency: 'USD',
    variants: [],
    attributes: {},
    tags: [],
    images: [],
    availability: 'in-stock',
    reviews: [],
    faq: [],
    policies: {},
    ...extra,
  };
}

export function catalogOf(products: Product[]): Catalog {
  return { store: { name: 'Test shop', currency: 'USD', locale: 'en-US', faq: [] }, products };
}
