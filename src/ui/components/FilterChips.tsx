import type { UiMessages } from '../../i18n/en/ui.ts';
import {
  anyChip,
  sameBucket,
  type ChipSelection,
  type PriceBucket,
  type SearchFacets,
} from '../../state/search-facets.ts';
import { useMessages, useNumberLocale, usePriceFormat } from '../hooks/use-messages.ts';

/** Round amounts read better without cents ("$20", not "$20.00"). */
function roundAmount(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

/** "Under $20", "$20 – $50" or "$50 and over", in the UI's language. */
function priceLabel(bucket: PriceBucket, amount: (value: number) => string, t: UiMessages['search']): string {
  if (bucket.from === undefined && bucket.to !== undefined) return t.under(amount(bucket.to));
  if (bucket.to === undefined && bucket.from !== undefined) return t.andOver(amount(bucket.from));
  return t.between(amount(bucket.from ?? 0), amount(bucket.to ?? 0));
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
  currency,
  onChange,
}: {
  facets: SearchFacets;
  chips: ChipSelection;
  /** The catalog's currency, which the price chips are in. */
  currency: string;
  onChange: (chips: ChipSelection) => void;
}) {
  const t = useMessages();
  const price = usePriceFormat();
  const locale = useNumberLocale();
  const amount = (value: number) =>
    Number.isInteger(value) ? roundAmount(value, currency, locale) : price(value, currency);
  return (
    <div className="chips" role="group" aria-label={t.search.filters} data-testid="search.filters">
      {facets.priceBuckets.map((bucket) => {
        const selected = sameBucket(chips.price, bucket);
        return (
          <Chip
            key={`${bucket.from ?? ''}-${bucket.to ?? ''}`}
            pressed={selected}
            testId="search.filter.price"
            onTap={() => onChange({ ...chips, price: selected ? undefined : bucket })}
          >
            {priceLabel(bucket, amount, t.search)}
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
          {t.search.inStockOnly}
        </Chip>
      )}
      {anyChip(chips) && (
        <button
          type="button"
          className="chip chip-clear"
          data-testid="search.filter.clear"
          onClick={() => onChange({})}
        >
          {t.search.clearFilters}
        </button>
      )}
    </div>
  );
}
