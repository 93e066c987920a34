import type { StoreApi } from 'zustand';
import type { AppState } from './store.ts';

/**
 * Forgets one shopper in the store: the conversation, the search with its chips and sort, a question
 * waiting to be sent, staff mode, display choices; the language goes back to the kiosk's default. What belongs to the
 * shop (catalog, models, configuration) stays.
 */
export function wipeShopperSession(store: Pick<StoreApi<AppState>, 'getState' | 'setState'>): void {
  const state = store.getState();
  state.clearSearch();
  state.clearChat();
  state.lockStaff();
  store.setState({
    locale: state.kioskConfig.defaultLanguage,
    sessionNumber: state.sessionNumber + 1,
    largeText: false,
    highContrast: false,
  });
}

/** What the store still holds of a shopper: all empty after a wipe (read by the end-to-end tests). */
export interface ShopperTraces {
  chatMessages: number;
  pendingQuestion: string | null;
  searchQuery: string;
  searchChips: number;
  searchSorted: boolean;
  searchResults: boolean;
  staffUnlocked: boolean;
}

export function shopperTraces(state: AppState): ShopperTraces {
  return {
    chatMessages: state.chatMessages.length,
    pendingQuestion: state.pendingQuestion,
    searchQuery: state.searchQuery,
    searchChips: Object.keys(state.searchChips).length,
    searchSorted: state.searchSort !== undefined,
    searchResults: state.searchView !== null,
    staffUnlocked: state.staffUnlocked,
  };
}
