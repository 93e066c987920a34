import { checkProductCount } from './limits.ts';
import type { ImportLog, SourcePlace } from './import-log.ts';
import type { Product } from './types.ts';

/** Where a product and its checked fields sit in the source. */
export interface ProductPlaces {
  product: SourcePlace;
  title?: SourcePlace;
  price?: SourcePlace;
}

/**
 * The checks every importer shares, run as each product is added: duplicate ids are refused, and an empty
 * title or a missing, negative or odd sale price is flagged, so the same fault reads the same in every format.
 */
export class ProductList {
  readonly products: Product[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly log: ImportLog) {}

  add(product: Product, places: ProductPlaces): void {
    const { id } = product;
    if (this.ids.has(id)) {
      this.log.error(`duplicate product id "${id}"; the later one is skipped`, places.product);
      return;
    }
    this.ids.add(id);
    if (product.title.trim() === '')
      this.log.warning(`product ${id} has an empty title`, places.title ?? places.product);
    const pricePlace = places.price ?? places.product;
    if (Number.isNaN(product.price))
      this.log.warning(`product ${id} has no price; shown as "ask staff"`, pricePlace);
    else if (product.price < 0)
      this.log.warning(`product ${id} has a negative price (${product.price})`, pricePlace);
    this.products.push(product);
  }

  /** The products, refused as a whole past the product limit. */
  finish(): Product[] {
    checkProductCount(this.products.length, this.log.file);
    return this.products;
  }
}
