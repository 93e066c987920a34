import type { Product } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** A product's or a variant's stock state in words. */
export function AvailabilityBadge({ product }: { product: Pick<Product, 'availability'> }) {
  const t = useMessages();
  return (
    <span className={`badge badge-${product.availability}`}>
      {t.product.availability[product.availability]}
    </span>
  );
}
