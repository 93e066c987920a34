import type { AssistantMessages } from '../../../i18n/en/assistant.ts';
import type { Product, StoreProfile, Variant } from '../../catalog/types.ts';
import { formatPrice, isOnSale, shopperPrice } from '../../text/money.ts';

/** A product's facts as a shopper reads them, in the reply's language; values only from the catalog. */
export class ProductText {
  constructor(
    private readonly say: AssistantMessages,
    private readonly store: StoreProfile,
  ) {}

  money(amount: number, currency = this.store.currency): string {
    return formatPrice(amount, currency, this.store.locale);
  }

  /** A bound as shoppers say it: "$1,500", not "$1,500.00". */
  roundMoney(amount: number): string {
    return this.money(amount).replace(/[.,]00(?=\D*$)/, '');
  }

  /** The price with the sale price when there is one, "from" the cheapest variant when they differ. */
  price(product: Product): string {
    const currency = product.currency || this.store.currency;
    if (!Number.isFinite(product.price) && product.variants.length === 0) return this.say.priceOnRequest;
    if (isOnSale(product) && product.salePrice !== undefined)
      return this.say.priceOnSale(
        this.money(product.salePrice, currency),
        this.money(product.price, currency),
      );
    const lowest = shopperPrice(product);
    if (product.variants.length > 1 && Number.isFinite(lowest) && lowest < product.price)
      return this.say.priceFrom(this.money(lowest, currency));
    return this.money(Number.isFinite(product.price) ? product.price : lowest, currency);
  }

  availability(product: Product): string {
    const base = this.say.availability[product.availability];
    return product.stock !== undefined && product.availability !== 'out-of-stock'
      ? this.say.withStock(base, product.stock)
      : base;
  }

  rating(product: Product): string | undefined {
    if (!product.rating) return undefined;
    return this.say.rating(product.rating.average.toFixed(1), product.rating.count);
  }

  /** Where the product stands in the store, or undefined when the catalog does not say. */
  location(product: Product): string | undefined {
    const parts = [
      product.location?.aisle ? this.say.aisle(product.location.aisle) : undefined,
      product.location?.shelf ? this.say.shelf(product.location.shelf) : undefined,
    ].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }

  /** One variant's price and availability: "The Gardening Gloves in Yellow: $15.99, in stock". */
  variantSummary(product: Product, variant: Variant): string {
    const alone = asVariant(product, variant);
    return this.say.variantSummary(product.title, variant.title, this.price(alone), this.availability(alone));
  }

  /** The price of some of a product's variants (those of one size): "from" the cheapest when they differ. */
  variantsPrice(product: Product, variants: readonly Variant[]): string {
    const alone = variants.map((variant) => asVariant(product, variant));
    const prices = [...new Set(alone.map((one) => this.price(one)))];
    if (prices.length <= 1) return prices[0] ?? this.price(product);
    const lowest = Math.min(...alone.map((one) => shopperPrice(one)));
    return this.say.priceFrom(this.money(lowest, product.currency || this.store.currency));
  }

  /** "Price, availability, rating" in a sentence or two: what a shopper wants first about a product. */
  summary(product: Product): string {
    const rating = this.rating(product);
    const first = this.say.summary(product.title, this.price(product), this.availability(product));
    return rating ? `${first} ${this.say.summaryRated(rating)}` : first;
  }
}

/** The product as one of its variants sells it: that variant's price, sale price and stock. */
function asVariant(product: Product, variant: Variant): Product {
  const alone: Product = {
    ...product,
    price: variant.price,
    variants: [],
    stock: variant.stock,
    availability: variant.availability,
  };
  if (variant.salePrice === undefined) delete alone.salePrice;
  else alone.salePrice = variant.salePrice;
  return alone;
}
