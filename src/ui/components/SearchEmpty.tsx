import type { Product } from '../../core/catalog/index.ts';
import { routeHref } from '../route.ts';
import { ProductCard } from './ProductCard.tsx';

/**
 * What a shopper sees when nothing matches: the closest products without the filters, words the catalog
 * does know ("did you mean"), and a member of staff as the last resort.
 */
export function SearchEmpty({
  query,
  filtered,
  alternatives,
  suggestions,
  locale,
}: {
  query: string;
  /** Whether price, brand or stock limits (typed or tapped) took part in the search. */
  filtered: boolean;
  alternatives: Product[];
  suggestions: string[];
  locale: string;
}) {
  return (
    <section className="search-empty" data-testid="search.empty">
      <h2>
        No products match “{query}”{filtered ? ' with these filters' : ''}.
      </h2>
      {suggestions.length > 0 && (
        <div className="chips" role="group" aria-label="Did you mean">
          <span className="chips-label">Did you mean</span>
          {suggestions.map((word) => (
            <a
              key={word}
              className="chip"
              href={routeHref({ screen: 'search', query: word })}
              data-testid="search.suggestion"
            >
              {word}
            </a>
          ))}
        </div>
      )}
      {alternatives.length > 0 && (
        <>
          <p>Without the filters, these come closest:</p>
          <div className="grid">
            {alternatives.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} testId="search.alternative" />
            ))}
          </div>
        </>
      )}
      <p className="muted">Can’t find it? A member of staff will be glad to help.</p>
    </section>
  );
}
