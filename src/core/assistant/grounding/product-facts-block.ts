import type { Product, StoreProfile } from '../../catalog/types.ts';
import { formatPrice, isOnSale, shopperPrice } from '../../text/money.ts';

const AVAILABILITY_TEXT: Record<Product['availability'], string> = {
  'in-stock': 'in stock',
  'low-stock': 'in stock, only a few left',
  'out-of-stock': 'out of stock',
  preorder: 'available to pre-order',
  unknown: 'stock not known',
};

/** The product's price as a shopper reads it, with the sale price when there is one. */
export function priceText(product: Product, store: StoreProfile): string {
  const currency = product.currency || store.currency;
  const format = (amount: number) => formatPrice(amount, currency, store.locale);
  if (isOnSale(product) && product.salePrice !== undefined)
    return `${format(product.salePrice)} (on sale, usually ${format(product.price)})`;
  const lowest = shopperPrice(product);
  if (product.variants.length > 1 && Number.isFinite(lowest) && lowest < product.price)
    return `from ${format(lowest)}`;
  return format(product.price);
}

export function availabilityText(product: Product): string {
  const base = AVAILABILITY_TEXT[product.availability];
  return product.stock !== undefined && product.availability !== 'out-of-stock'
    ? `${base} (${product.stock} available)`
    : base;
}

/** A review average as "4.5 out of 5 (12 reviews)". */
export function ratingText(product: Product): string | undefined {
  if (!product.rating) return undefined;
  const { average, count } = product.rating;
  return `${average.toFixed(1)} out of 5 (${count} ${count === 1 ? 'review' : 'reviews'})`;
}

/**
 * The compact facts a model may phrase an answer from, one "name: value" line each. Only structured
 * catalog fields go in: review text and long descriptions never reach the prompt, so text inside the
 * catalog cannot act as instructions.
 */
export function factLines(product: Product, store: StoreProfile): string[] {
  const lines = [`Product: ${product.title}`, `Price: ${priceText(product, store)}`];
  if (product.brand) lines.push(`Brand: ${product.brand}`);
  if (product.categoryPath.length > 0) lines.push(`Category: ${product.categoryPath.join(' > ')}`);
  lines.push(`Availability: ${availabilityText(product)}`);
  const rating = ratingText(product);
  if (rating) lines.push(`Rating: ${rating}`);
  if (product.policies.warranty) lines.push(`Warranty: ${product.policies.warranty}`);
  if (product.policies.returns) lines.push(`Returns: ${product.policies.returns}`);
  return lines;
}
