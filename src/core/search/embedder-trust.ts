import type { Locale } from '../../i18n/locale.ts';

/**
 * How far the shipped sentence embedder's cosine can be trusted in each language, relative to English.
 * all-MiniLM-L6-v2 was trained on English: it reads English well and Chinese barely (every short Chinese
 * attribute name sits about as close to every question), so in Chinese shared words decide more.
 */
export const EMBEDDER_TRUST: Readonly<Record<Locale, number>> = { en: 1, zh: 0.45 };
