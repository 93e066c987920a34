/** Formats a catalog price for display; NaN (no price in the source) reads as a prompt to ask staff. */
export function formatPrice(amount: number, currency: string, locale = 'en-US'): string {
  if (!Number.isFinite(amount)) return 'Price on request';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}
