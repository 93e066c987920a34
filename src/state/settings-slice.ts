import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n/locale.ts';

/** The kiosk's settings: the only part of the store kept across reloads (see `persistedSettings`). */
export interface SettingsSlice {
  /** The language of the UI, and the one the assistant answers in unless a shopper writes in the other. */
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const settingsInitialState = { locale: 'en' } satisfies Partial<SettingsSlice>;

/** What of the store is kept: settings only, never catalog data or anything a shopper typed. */
export type PersistedSettings = Pick<SettingsSlice, 'locale'>;

export function persistedSettings(state: SettingsSlice): PersistedSettings {
  return { locale: state.locale };
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  ...settingsInitialState,
  setLocale: (locale) => set({ locale }),
});
