import type { Product } from '../../core/catalog/index.ts';

const LABELS: Record<Product['availability'], string> = {
  'in-stock': 'In stock',
  'low-stock': 'Only a few left',
  'out-of-stock': 'Out of stock',
  preorder: 'Pre-order',
  unknown: 'Ask staff about stock',
};

export function AvailabilityBadge({ product }: { product: Product }) {
  return <span className={`badge badge-${product.availability}`}>{LABELS[product.availability]}</span>;
}
