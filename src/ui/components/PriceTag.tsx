import type { Product } from '../../core/catalog/index.ts';
import { isOnSale } from '../../core/catalog/money.ts';
import { useMessages, usePriceFormat } from '../hooks/use-messages.ts';

/** Price straight from catalog data; on sale it reads as a shop writes it: "was $X, now $Y". */
export function PriceTag({ product }: { product: Product }) {
  const price = usePriceFormat();
  const t = useMessages().product;
  return (
    <span className="price" data-testid="product.price">
      {isOnSale(product) && product.salePrice !== undefined ? (
        <>
          <span className="price-label">{t.was}</span>{' '}
          <s className="price-was">{price(product.price, product.currency)}</s>
          {t.wasNowSeparator}
          <span className="price-label">{t.now}</span>{' '}
          <span className="price-now">{price(product.salePrice, product.currency)}</span>
        </>
      ) : (
        <span className="price-now">{price(product.price, product.currency)}</span>
      )}
    </span>
  );
}
