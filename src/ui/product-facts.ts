import type { Product } from '../core/catalog/index.ts';
import type { UiMessages } from '../i18n/en/ui.ts';

/** One row of a product page's facts: its name and what a shopper reads. */
export type FactRow = [name: string, value: string];

/**
 * Attribute names that describe the seller's terms, not the product (DummyJSON's discount percentage
 * and minimum order quantity): the price on the page is the shopper's price, so these stay off it.
 */
const SELLER_TERMS = new Set(['discount percentage', 'discount', 'minimum order quantity', 'moq']);
const SIZE_PARTS = ['width', 'height', 'depth'] as const;
const BARE_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The facts a shopper cares about, the way a shop writes them: numbers in the UI's locale, width, height
 * and depth as one size, the seller's terms left out. Units are the catalog's own: a bare number stays bare
 * rather than being given a unit the catalog does not state.
 */
export function shopperFacts(
  product: Product,
  names: UiMessages['product']['facts'],
  locale: string,
): FactRow[] {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const written = (value: string) => (BARE_NUMBER.test(value.trim()) ? number.format(Number(value)) : value);
  const attributes = Object.entries(product.attributes).filter(
    ([name]) => !SELLER_TERMS.has(name.trim().toLowerCase()),
  );
  const byName = new Map(attributes.map(([name, value]) => [name.trim().toLowerCase(), value]));
  const size = SIZE_PARTS.map((part) => byName.get(part));
  const oneSize = size.every((value) => value !== undefined && value.trim() !== '');
  const rows: FactRow[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) rows.push([name, value]);
  };
  add(names.brand, product.brand);
  for (const [name, value] of attributes) {
    const key = name.trim().toLowerCase();
    if (oneSize && key === 'width') add(names.size, size.map((v) => written(v ?? '')).join(' × '));
    else if (!(oneSize && SIZE_PARTS.some((part) => part === key))) add(name, written(value));
  }
  add(names.warranty, product.policies.warranty);
  add(names.returns, product.policies.returns);
  add(names.shipping, product.policies.shipping);
  add(names.aisle, product.location?.aisle);
  add(names.shelf, product.location?.shelf);
  add(names.sku, product.sku);
  add(names.barcode, product.barcode);
  return rows;
}
