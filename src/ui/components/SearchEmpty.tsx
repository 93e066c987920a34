import type { Product } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';
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
}: {
  query: string;
  /** Whether price, brand or stock limits (typed or tapped) took part in the search. */
  filtered: boolean;
  alternatives: Product[];
  suggestions: string[];
}) {
  const t = useMessages();
  return (
    <section className="search-empty" data-testid="search.empty">
      <h2>{t.search.noMatch(query, filtered)}</h2>
      {suggestions.length > 0 && (
        <div className="chips" role="group" aria-label={t.search.didYouMean}>
          <span className="chips-label">{t.search.didYouMean}</span>
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
          <p>{t.search.closest}</p>
          <div className="grid">
            {alternatives.map((product) => (
              <ProductCard key={product.id} product={product} testId="search.alternative" />
            ))}
          </div>
        </>
      )}
      <p className="muted">{t.search.askStaff}</p>
    </section>
  );
}
