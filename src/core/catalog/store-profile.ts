import type { StoreProfile } from './types.ts';

/** The store profile for sources that carry none (every format but the native one). */
export function defaultStore(options: { currency?: string; store?: Partial<StoreProfile> }): StoreProfile {
  return {
    name: 'Our store',
    currency: options.currency ?? 'USD',
    locale: 'en-US',
    faq: [],
    ...options.store,
  };
}
