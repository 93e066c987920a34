import type { TextLexicon } from './lexicon.ts';
import { LEXICON_EN } from './lexicon-en.ts';
import { LEXICON_ZH } from './lexicon-zh.ts';

/** Every locale's lexicon: text is read in both languages, whatever the shopper's locale. */
export const LEXICONS: readonly TextLexicon[] = [LEXICON_EN, LEXICON_ZH];

/** The lexicon of a locale tag ('zh-CN' → Chinese); English for anything else. */
export function lexiconFor(locale: string): TextLexicon {
  return locale.toLowerCase().startsWith('zh') ? LEXICON_ZH : LEXICON_EN;
}
