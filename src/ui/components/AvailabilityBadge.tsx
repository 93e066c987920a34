import type { Product } from '../../core/catalog/index.ts';

const LABELS: Record<Product['availability'], string> = {
  'in-stock': 'In stock',
  'low-stock': 'Only a few left',
  'out-of-stock': 'Out of stock',
  preorder: 'Pre-order',
  unknown: 'Ask staff about stock',
};

/** A product's or a variant's stock state in words. */
export function AvailabilityBadge({ product }: { product: Pick<Product, 'availability'> }) {
  return <span className={`badge badge-${product.availability}`}>{LABELS[product.availability]}</span>;
}
