import type { Locale } from '../../../../i18n/locale.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

export type { ReviewLexicon } from './types.ts';

const LEXICONS = { en, zh } as const;

/** The lexicon to read a review written in `locale` with. */
export function reviewLexicon(locale: Locale) {
  return LEXICONS[locale];
}
