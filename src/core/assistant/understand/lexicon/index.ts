import type { Locale } from '../../../../i18n/locale.ts';
import { en } from './en.ts';
import type { Lexicon } from './types.ts';
import { zh } from './zh.ts';

export type { Lexicon } from './types.ts';

const LEXICONS: Record<Locale, Lexicon> = { en, zh };

export function lexicon(locale: Locale): Lexicon {
  return LEXICONS[locale];
}
