import type { Product, StoreProfile } from '../../src/core/catalog/types.ts';

/** A catalog product with only the fields a test cares about; the rest are empty. */
export function makeProduct(fields: Partial<Product> & Pick<Product, 'id' | 'title'>): Product {
  return {
    description: '',
    categoryPath: [],
    price: Number.NaN,
    currency: 'USD',
    variants: [],
    attributes: {},
    tags: [],
    images: [],
    availability: 'unknown',
    reviews: [],
    faq: [],
    policies: {},
    ...fields,
  };
}

/** A store profile with the demo's defaults. */
export function makeStore(fields: Partial<StoreProfile> = {}): StoreProfile {
  return { name: 'Our store', currency: 'USD', locale: 'en-US', faq: [], ...fields };
}
