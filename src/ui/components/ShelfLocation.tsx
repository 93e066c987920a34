import type { ShelfLocation as Location } from '../../core/catalog/index.ts';

/** Where to find the product in the shop, in the words a shopper walks by. */
export function ShelfLocation({ location }: { location: Location | undefined }) {
  const parts = [
    location?.aisle && `Aisle ${location.aisle}`,
    location?.shelf && `shelf ${location.shelf}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="shelf-location" data-testid="product.location">
      Find it in the shop: {parts.join(', ')}
    </p>
  );
}
