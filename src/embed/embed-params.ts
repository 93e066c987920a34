import { isLocale, type Locale } from '../i18n/locale.ts';
import { MAX_PRODUCT_ID_LENGTH, type Theme } from './protocol.ts';

/** What the loader puts in the widget's address: `embed.html?product=<id>&lang=en&theme=light&host=<origin>`. */
export interface EmbedParams {
  productId: string | undefined;
  language: Locale | undefined;
  theme: Theme;
  /** The host page's origin as the loader saw it; checked against the allow-list before any use. */
  host: string | null;
}

export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  // An id longer than any catalog's is no product; cut, it still reads as one not found.
  const product = params.get('product')?.trim().slice(0, MAX_PRODUCT_ID_LENGTH);
  const language = params.get('lang');
  return {
    productId: product ? product : undefined,
    language: isLocale(language) ? language : undefined,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    host: params.get('host'),
  };
}
