import { useCallback } from 'react';
import { formatPrice } from '../../core/catalog/index.ts';
import type { UiMessages } from '../../i18n/en/ui.ts';
import type { Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { useAppStore, useLocale } from '../../state/store.ts';

/** The UI's strings in the language chosen in the header. */
export function useMessages(): UiMessages {
  return messages(useLocale()).ui;
}

/**
 * The BCP 47 tag numbers and prices are written with: the store's own when it is of the UI's language
 * (an en-GB shop stays en-GB), else that language's usual one.
 */
export function formattingLocale(locale: Locale, storeLocale: string | undefined): string {
  const fallback = locale === 'zh' ? 'zh-CN' : 'en-US';
  return storeLocale?.toLowerCase().startsWith(locale) ? storeLocale : fallback;
}

/** Formats a catalog price in the catalog's currency, written the UI language's way. */
export function usePriceFormat(): (amount: number, currency: string) => string {
  const locale = useLocale();
  const storeLocale = useAppStore((s) => s.catalog?.store.locale);
  const tag = formattingLocale(locale, storeLocale);
  const onRequest = messages(locale).ui.product.priceOnRequest;
  return useCallback(
    (amount, currency) => (Number.isFinite(amount) ? formatPrice(amount, currency, tag) : onRequest),
    [tag, onRequest],
  );
}

/** The tag for numbers that are not prices (amounts on chips without cents). */
export function useNumberLocale(): string {
  const locale = useLocale();
  return formattingLocale(
    locale,
    useAppStore((s) => s.catalog?.store.locale),
  );
}
