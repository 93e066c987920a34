import * as en from './en/index.ts';
import * as zh from './zh/index.ts';
import type { Locale } from './locale.ts';

/** All of one language's messages, by area. */
export type Messages = typeof en;

const CATALOGS: Record<Locale, Messages> = { en, zh };

/** The message catalogs of a language. Plain data: the core, the worker and the UI all read it. */
export function messages(locale: Locale): Messages {
  return CATALOGS[locale];
}
