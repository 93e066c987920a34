import type { Product, Variant } from '../catalog/types.ts';

/**
 * The one definition of what a product costs a shopper, and the one way a price is written: in the
 * store's currency and locale.
 */

/** The price at the till of one product or variant: the sale price while on sale, else the price. */
export function tillPrice(item: Pick<Product | Variant, 'price' | 'salePrice'>): number {
  return item.salePrice ?? item.price;
}

/** Whether the product or variant is on sale: a sale price below its regular price. */
export function isOnSale(item: Pick<Product | Variant, 'price' | 'salePrice'>): boolean {
  return item.salePrice !== undefined && Number.isFinite(item.salePrice) && item.salePrice < item.price;
}

/**
 * The price a shopper pays today: the lowest till price of the product and its variants ("from ...");
 * NaN when none is known.
 */
export function shopperPrice(product: Product): number {
  const prices = [product, ...product.variants].map(tillPrice).filter((price) => Number.isFinite(price));
  return prices.length === 0 ? Number.NaN : Math.min(...prices);
}

/** Formats a price for display; NaN (no price in the source) reads as a prompt to ask staff. */
export function formatPrice(amount: number, currency: string, locale = 'en-US'): string {
  if (!Number.isFinite(amount)) return locale.startsWith('zh') ? '价格请咨询店员' : 'Price on request';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'MXN',
  'TWD',
]);
const YEN_SIGN_CURRENCIES: ReadonlySet<string> = new Set(['JPY', 'CNY']);

/**
 * The ISO currency a written price means in this store: a bare "$" is the store's dollar (or USD), a bare
 * "¥" the store's yen or yuan (or CNY), no marker at all the store's own currency.
 */
export function resolveCurrency(written: string | undefined, storeCurrency: string): string {
  if (written === undefined) return storeCurrency;
  if (written === '$') return DOLLAR_CURRENCIES.has(storeCurrency) ? storeCurrency : 'USD';
  if (written === '¥') return YEN_SIGN_CURRENCIES.has(storeCurrency) ? storeCurrency : 'CNY';
  return written;
}

/** Whether a price written with `written` ('$', '¥', an ISO code or none) can be in `currency`. */
export function currencyFits(written: string | undefined, currency: string): boolean {
  if (written === undefined || written === currency) return true;
  if (written === '$') return DOLLAR_CURRENCIES.has(currency);
  if (written === '¥') return YEN_SIGN_CURRENCIES.has(currency);
  return false;
}
