import type { Product } from '../../core/catalog/index.ts';
import { usePriceFormat } from '../hooks/use-messages.ts';

/** Price straight from catalog data; a sale price shows beside the struck-through list price. */
export function PriceTag({ product }: { product: Product }) {
  const price = usePriceFormat();
  const onSale = product.salePrice !== undefined && product.salePrice < product.price;
  return (
    <span className="price" data-testid="product.price">
      {onSale && product.salePrice !== undefined ? (
        <>
          <span className="price-now">{price(product.salePrice, product.currency)}</span>{' '}
          <s className="price-was">{price(product.price, product.currency)}</s>
        </>
      ) : (
        <span className="price-now">{price(product.price, product.currency)}</span>
      )}
    </span>
  );
}
