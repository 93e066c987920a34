import type { Product } from '../../core/catalog/index.ts';
import { routeHref } from '../route.ts';
import { AvailabilityBadge } from './AvailabilityBadge.tsx';
import { PriceTag } from './PriceTag.tsx';
import { ProductArt } from './ProductArt.tsx';
import { RatingStars } from './RatingStars.tsx';

export function ProductCard({
  product,
  testId = 'catalog.product-card',
}: {
  product: Product;
  /** Lists other than a category's (search results) name their cards by their own area. */
  testId?: string;
}) {
  return (
    <a
      className="card product-card"
      href={routeHref({ screen: 'product', productId: product.id })}
      data-testid={testId}
    >
      <ProductArt product={product} size="tile" />
      <span className="card-title">{product.title}</span>
      {product.brand && <span className="card-brand">{product.brand}</span>}
      <PriceTag product={product} />
      {product.rating && <RatingStars average={product.rating.average} count={product.rating.count} />}
      <AvailabilityBadge product={product} />
    </a>
  );
}
