import type { ShelfLocation as Location } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** Where to find the product in the shop, in the words a shopper walks by. */
export function ShelfLocation({ location }: { location: Location | undefined }) {
  const t = useMessages();
  const parts = [
    location?.aisle && t.product.aisle(location.aisle),
    location?.shelf && t.product.shelf(location.shelf),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="shelf-location" data-testid="product.location">
      {t.product.findIt(parts.join(t.product.listSeparator))}
    </p>
  );
}
