import type { Catalog, Product } from '../../core/catalog/index.ts';
import { AvailabilityBadge } from '../components/AvailabilityBadge.tsx';
import { DescriptionPanel } from '../components/DescriptionPanel.tsx';
import { FactsTable } from '../components/FactsTable.tsx';
import { ReviewInsights } from '../components/ReviewInsights.tsx';
import { PriceTag } from '../components/PriceTag.tsx';
import { ProductArt } from '../components/ProductArt.tsx';
import { RatingStars } from '../components/RatingStars.tsx';
import { ShelfLocation } from '../components/ShelfLocation.tsx';
import { VariantsTable } from '../components/VariantsTable.tsx';
import { useMessages, useNumberLocale } from '../hooks/use-messages.ts';
import { shopperFacts } from '../product-facts.ts';
import { routeHref } from '../route.ts';

function Facts({ product }: { product: Product }) {
  const names = useMessages().product.facts;
  // Attribute names are the catalog's own words; the fixed fields are named in the UI's language.
  const rows = shopperFacts(product, names, useNumberLocale());
  if (rows.length === 0) return null;
  return <FactsTable rows={rows} testId="product.facts" />;
}

export function ProductDetail({ catalog, productId }: { catalog: Catalog; productId: string }) {
  const t = useMessages();
  const product = catalog.products.find((p) => p.id === productId);
  if (!product)
    return (
      <main className="screen">
        <p className="empty">{t.product.notFound}</p>
      </main>
    );
  return (
    <main className="screen product-detail">
      <ProductArt product={product} size="hero" />
      <section className="product-info">
        <h1 data-testid="product.title">{product.title}</h1>
        <PriceTag product={product} />
        <div className="product-meta">
          <AvailabilityBadge product={product} />
          {product.stock !== undefined && (
            <span data-testid="product.stock">{t.product.inStock(product.stock)}</span>
          )}
          {product.rating && <RatingStars average={product.rating.average} count={product.rating.count} />}
        </div>
        <ShelfLocation location={product.location} />
        <a
          className="button-link primary"
          href={routeHref({ screen: 'chat', productId: product.id })}
          data-testid="product.ask"
        >
          {t.product.ask}
        </a>
        <p className="description">{product.description}</p>
        <Facts product={product} />
        <VariantsTable product={product} />
        {/* Review insights and model-written descriptions (issue 5). */}
        <ReviewInsights reviews={product.reviews} rating={product.rating} />
        <DescriptionPanel key={product.id} product={product} />
        {product.reviews.length > 0 && (
          <section className="reviews">
            <h2>{t.product.reviewsHeading}</h2>
            <ul>
              {product.reviews.map((review, i) => (
                <li key={i} data-testid="product.review">
                  <RatingStars average={review.rating} count={1} /> “{review.text}”
                  {review.author && <span className="review-author"> — {review.author}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </main>
  );
}
