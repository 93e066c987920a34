import { describe, expect, it } from 'vitest';
import { cardsToShow } from '../../src/state/chat-cards.ts';
import type { ChatMessage } from '../../src/state/chat-slice.ts';
import { shopperTraces, wipeShopperSession } from '../../src/state/shopper-session.ts';
import { createAppStore } from '../../src/state/store.ts';

const memory = () => {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
};

describe('the idle reset in the store', () => {
  it('forgets the conversation, search, chips, sort and staff mode, and returns to the default language', () => {
    const store = createAppStore(memory());
    const state = store.getState();
    state.setKioskConfig(state.kioskConfig, { ...state.kioskConfig, defaultLanguage: 'zh' }, []);
    state.startChatTurn('laptops under 1500 dollars');
    state.askOnArrival('and cheaper?');
    state.setSearchChips({ brand: 'Apple' });
    state.setSearchSort('price-asc');
    store.setState({ searchQuery: 'laptops', locale: 'en' });
    state.unlockStaff();
    const session = store.getState().sessionNumber;
    expect(shopperTraces(store.getState()).chatMessages).toBe(2);

    wipeShopperSession(store);
    expect(shopperTraces(store.getState())).toEqual({
      chatMessages: 0,
      pendingQuestion: null,
      searchQuery: '',
      searchChips: 0,
      searchSorted: false,
      searchResults: false,
      staffUnlocked: false,
    });
    expect(store.getState().locale).toBe('zh');
    expect(store.getState().sessionNumber).toBe(session + 1);
    // The next conversation's ids never meet an answer of the last one that ends late.
    expect(store.getState().startChatTurn('hello')).toBeGreaterThan(2);
  });
});

const answer = (id: number, cards: string[]): ChatMessage => ({
  id,
  role: 'assistant',
  text: '',
  cards: cards.map((card) => ({ id: card, reason: '' })),
  status: 'done',
});

describe('product cards in the chat', () => {
  it('shows a lone product card once per conversation, and every list of products in full', () => {
    const shown = cardsToShow([
      answer(2, ['kettle']),
      answer(4, ['kettle']),
      answer(6, ['kettle', 'toaster']),
      answer(8, ['toaster']),
      answer(10, ['mug']),
    ]);
    expect([...shown.values()].map((cards) => cards.map((card) => card.id))).toEqual([
      ['kettle'],
      [],
      ['kettle', 'toaster'],
      [],
      ['mug'],
    ]);
  });
});
