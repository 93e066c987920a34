import { useState } from 'react';
import type { Product, Variant } from '../core/catalog/index.ts';
import { AvailabilityBadge } from '../ui/components/AvailabilityBadge.tsx';
import { PriceTag } from '../ui/components/PriceTag.tsx';
import { ProductArt } from '../ui/components/ProductArt.tsx';
import { ReviewInsights } from '../ui/components/ReviewInsights.tsx';
import { useMessages } from '../ui/hooks/use-messages.ts';

interface EmbedProductProps {
  product: Product;
  onOpen(productId: string): void;
  onAddToCart(productId: string, variant: Variant | undefined): void;
}

/** The product the widget is about, compact: title, price, stock, a variant to add to the cart, insights. */
export function EmbedProduct({ product, onOpen, onAddToCart }: EmbedProductProps) {
  const t = useMessages();
  const [variantIndex, setVariantIndex] = useState(0);
  const [added, setAdded] = useState(false);
  const variant = product.variants[variantIndex];

  return (
    <section className="embed-product" data-testid="embed.product">
      <ProductArt product={product} size="tile" />
      <div className="embed-product-info">
        <button
          type="button"
          className="embed-product-title"
          onClick={() => onOpen(product.id)}
          aria-label={t.embed.openProduct(product.title)}
          data-testid="embed.product.title"
        >
          {product.title}
        </button>
        <PriceTag product={product} />
        <AvailabilityBadge product={variant ?? product} />
        <div className="embed-cart">
          {product.variants.length > 0 && (
            <label>
              {t.embed.variant}
              <select
                value={variantIndex}
                onChange={(event) => setVariantIndex(Number(event.target.value))}
                data-testid="embed.variant"
              >
                {product.variants.map((option, i) => (
                  <option key={option.sku || i} value={i}>
                    {option.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => {
              onAddToCart(product.id, variant);
              setAdded(true);
            }}
            data-testid="embed.add-to-cart"
          >
            {t.embed.addToCart}
          </button>
          {added && (
            <span className="muted" role="status">
              {t.embed.added}
            </span>
          )}
        </div>
      </div>
      {product.description && (
        <details className="embed-details">
          <summary>{t.embed.description}</summary>
          <p className="description" data-testid="embed.description">
            {product.description}
          </p>
        </details>
      )}
      <ReviewInsights reviews={product.reviews} rating={product.rating} />
    </section>
  );
}
