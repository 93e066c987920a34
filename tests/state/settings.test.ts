import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAppStore, SETTINGS_KEY } from '../../src/state/store.ts';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the kiosk settings', () => {
  it('start in English', () => {
    expect(createAppStore(memoryStorage()).getState().locale).toBe('en');
  });

  it('keep the language chosen across a reload, and nothing else of the store', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage);
    store.getState().setLocale('zh');
    store.getState().startChatTurn('what is your return policy?');
    const kept: unknown = JSON.parse(storage.items.get(SETTINGS_KEY) ?? 'null');
    expect(kept).toEqual({ state: { locale: 'zh' }, version: 1 });

    const reloaded = createAppStore(storage);
    expect(reloaded.getState().locale).toBe('zh');
    expect(reloaded.getState().chatMessages).toEqual([]);
  });

  it('ignore a kept language the kiosk does not speak', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ state: { locale: 'fr' }, version: 1 }),
    });
    expect(createAppStore(storage).getState().locale).toBe('en');
  });

  it('keep the language from settings of an older version', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ state: { locale: 'zh' }, version: 0 }),
    });
    expect(createAppStore(storage).getState().locale).toBe('zh');
  });
});
