import type { Product } from '../../core/catalog/index.ts';
import { useMessages, usePriceFormat } from '../hooks/use-messages.ts';
import { AvailabilityBadge } from './AvailabilityBadge.tsx';

/** Every variant of a product with its options, price and stock, so a shopper can pick one on the shelf. */
export function VariantsTable({ product }: { product: Product }) {
  const t = useMessages();
  const price = usePriceFormat();
  if (product.variants.length === 0) return null;
  // Columns for every option any variant has (a source may leave an option out on some rows).
  const options = [...new Set(product.variants.flatMap((variant) => Object.keys(variant.options)))];
  const money = (amount: number) => price(amount, product.currency);
  return (
    <table className="facts variants" data-testid="product.variants">
      <caption>{t.product.variants.caption}</caption>
      <thead>
        <tr>
          {options.length > 0 ? (
            options.map((name) => <th key={name}>{name}</th>)
          ) : (
            <th>{t.product.variants.variant}</th>
          )}
          <th>{t.product.variants.price}</th>
          <th>{t.product.variants.stock}</th>
        </tr>
      </thead>
      <tbody>
        {product.variants.map((variant, i) => (
          <tr key={variant.sku || i} data-testid="product.variant">
            {options.length > 0 ? (
              options.map((name) => <td key={name}>{variant.options[name] ?? '—'}</td>)
            ) : (
              <td>{variant.title}</td>
            )}
            <td>
              {variant.salePrice !== undefined && variant.salePrice < variant.price ? (
                <>
                  {money(variant.salePrice)} <s className="price-was">{money(variant.price)}</s>
                </>
              ) : (
                money(variant.price)
              )}
            </td>
            <td>
              <AvailabilityBadge product={variant} />
              {variant.stock !== undefined && (
                <span className="muted"> {t.product.variants.left(variant.stock)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
