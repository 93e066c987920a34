/** Regular and sale prices as shop systems state them, read onto price / salePrice without guessing. */

export interface Prices {
  price: number;
  salePrice?: number;
}

/**
 * Shopify's pair: "Price" is what the till charges and "Compare At Price" the crossed-out one, so a
 * compare-at price above the price means the product is on sale at the price.
 */
export function fromCompareAt(
  price: number | undefined,
  compareAt: number | undefined,
  warn: (message: string) => void,
): Prices {
  if (price === undefined) return { price: Number.NaN };
  if (compareAt === undefined) return { price };
  if (compareAt > price) return { price: compareAt, salePrice: price };
  if (compareAt < price) warn(`compare-at price ${compareAt} is below the price ${price}; no sale is shown`);
  return { price };
}

/** WooCommerce's pair: a regular price and an optional sale price below it. */
export function fromRegularAndSale(
  regular: number | undefined,
  sale: number | undefined,
  warn: (message: string) => void,
): Prices {
  if (regular === undefined) {
    if (sale === undefined) return { price: Number.NaN };
    warn(`sale price ${sale} has no regular price beside it; it is shown as the price`);
    return { price: sale };
  }
  if (sale === undefined) return { price: regular };
  if (sale < regular) return { price: regular, salePrice: sale };
  warn(`sale price ${sale} is not below the regular price ${regular}; no sale is shown`);
  return { price: regular };
}

/** A product with variants is shown at its cheapest variant's prices ("from ..."), as shops list it. */
export function cheapestOf(options: Prices[]): Prices {
  let best: Prices | undefined;
  for (const option of options) {
    const now = option.salePrice ?? option.price;
    if (!Number.isFinite(now)) continue;
    if (best === undefined || now < (best.salePrice ?? best.price)) best = option;
  }
  return best ? { price: best.price, salePrice: best.salePrice } : { price: Number.NaN };
}
