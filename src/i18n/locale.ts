/** The languages the kiosk speaks. Every UI string and reply exists in each of them. */
export type Locale = 'en' | 'zh';

export const LOCALES: readonly Locale[] = ['en', 'zh'];

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language a shopper's message is written in: Chinese when its Han characters, each weighed as a
 * word of six letters, are at least half its Latin letters ("iPhone 多少钱" is Chinese; "Huawei 华为
 * MateBook X Pro laptop" is not); the fallback (the UI's language) when it has no letters at all.
 */
export function detectLocale(text: string, fallback: Locale = 'en'): Locale {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han === 0 && latin === 0) return fallback;
  return han * 6 >= latin / 2 ? 'zh' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh';
}
