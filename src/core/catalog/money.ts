// The price definitions live in the text layer; the catalog's public API keeps this name.
export { formatPrice, isOnSale, shopperPrice, tillPrice } from '../text/money.ts';
