import { formatPrice } from '../../core/catalog/index.ts';
import {
  anyChip,
  sameBucket,
  type ChipSelection,
  type PriceBucket,
  type SearchFacets,
} from '../../state/search-facets.ts';

interface Money {
  currency: string;
  locale: string;
}

/** Round amounts read better without cents ("$20", not "$20.00"). */
function amount(value: number, { currency, locale }: Money): string {
  if (!Number.isInteger(value)) return formatPrice(value, currency, locale);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

/** "Under $20", "$20 – $50" or "$50 and over". */
export function priceLabel(bucket: PriceBucket, money: Money): string {
  if (bucket.from === undefined && bucket.to !== undefined) return `Under ${amount(bucket.to, money)}`;
  if (bucket.to === undefined && bucket.from !== undefined) return `${amount(bucket.from, money)} and over`;
  return `${amount(bucket.from ?? 0, money)} – ${amount(bucket.to ?? 0, money)}`;
}

function Chip({
  pressed,
  onTap,
  testId,
  children,
}: {
  pressed: boolean;
  onTap: () => void;
  testId: string;
  children: string;
}) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} data-testid={testId} onClick={onTap}>
      {children}
    </button>
  );
}

/** Tappable filters for a result list; each tap gives the new selection, which re-runs the search. */
export function FilterChips({
  facets,
  chips,
  money,
  onChange,
}: {
  facets: SearchFacets;
  chips: ChipSelection;
  money: Money;
  onChange: (chips: ChipSelection) => void;
}) {
  return (
    <div className="chips" role="group" aria-label="Filters" data-testid="search.filters">
      {facets.priceBuckets.map((bucket) => {
        const selected = sameBucket(chips.price, bucket);
        return (
          <Chip
            key={`${bucket.from ?? ''}-${bucket.to ?? ''}`}
            pressed={selected}
            testId="search.filter.price"
            onTap={() => onChange({ ...chips, price: selected ? undefined : bucket })}
          >
            {priceLabel(bucket, money)}
          </Chip>
        );
      })}
      {facets.brands.map((name) => (
        <Chip
          key={name}
          pressed={chips.brand === name}
          testId="search.filter.brand"
          onTap={() => onChange({ ...chips, brand: chips.brand === name ? undefined : name })}
        >
          {name}
        </Chip>
      ))}
      {(facets.someUnavailable || chips.inStock) && (
        <Chip
          pressed={chips.inStock === true}
          testId="search.filter.stock"
          onTap={() => onChange({ ...chips, inStock: !chips.inStock })}
        >
          In stock only
        </Chip>
      )}
      {anyChip(chips) && (
        <button
          type="button"
          className="chip chip-clear"
          data-testid="search.filter.clear"
          onClick={() => onChange({})}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
