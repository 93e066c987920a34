import { formatPrice, type Product } from '../../core/catalog/index.ts';

/** Price straight from catalog data; a sale price shows beside the struck-through list price. */
export function PriceTag({ product, locale }: { product: Product; locale: string }) {
  const onSale = product.salePrice !== undefined && product.salePrice < product.price;
  return (
    <span className="price" data-testid="product.price">
      {onSale && product.salePrice !== undefined ? (
        <>
          <span className="price-now">{formatPrice(product.salePrice, product.currency, locale)}</span>{' '}
          <s className="price-was">{formatPrice(product.price, product.currency, locale)}</s>
        </>
      ) : (
        <span className="price-now">{formatPrice(product.price, product.currency, locale)}</span>
      )}
    </span>
  );
}
