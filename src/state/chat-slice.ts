import type { StateCreator } from 'zustand';
import type { AnswerCard, CompareTable } from '../core/shop/shop-service.ts';

/** One message of the shop chat. Lives only in memory: a new shopper (or the idle reset) clears it. */
export interface ChatMessage {
  id: number;
  role: 'shopper' | 'assistant';
  text: string;
  cards: AnswerCard[];
  compare?: CompareTable;
  status: 'answering' | 'done' | 'stopped' | 'error';
}

export interface ChatSlice {
  chatMessages: ChatMessage[];
  /** The id the next message gets. */
  chatNextId: number;
  /** Adds the shopper's message and an empty answer to fill; returns the answer's id. */
  startChatTurn(text: string): number;
  updateChatAnswer(
    id: number,
    change: Partial<Pick<ChatMessage, 'text' | 'cards' | 'compare' | 'status'>>,
  ): void;
  clearChat(): void;
  /** A question asked on another screen (the home screen's ask entry), for the chat to send on arrival. */
  pendingQuestion: string | null;
  askOnArrival(text: string | null): void;
}

export const chatInitialState = {
  chatMessages: [],
  chatNextId: 1,
  pendingQuestion: null,
} satisfies Partial<ChatSlice>;

export const createChatSlice: StateCreator<ChatSlice, [], [], ChatSlice> = (set, get) => ({
  ...chatInitialState,
  startChatTurn(text) {
    const id = get().chatNextId;
    set((state) => ({
      chatNextId: id + 2,
      chatMessages: [
        ...state.chatMessages,
        { id, role: 'shopper', text, cards: [], status: 'done' },
        { id: id + 1, role: 'assistant', text: '', cards: [], status: 'answering' },
      ],
    }));
    return id + 1;
  },
  updateChatAnswer(id, change) {
    set((state) => ({
      chatMessages: state.chatMessages.map((message) =>
        message.id === id ? { ...message, ...change } : message,
      ),
    }));
  },
  clearChat() {
    // The ids go on counting: an answer of the chat just cleared that ends late cannot land in the next one.
    set({ chatMessages: [], pendingQuestion: null });
  },
  askOnArrival: (pendingQuestion) => set({ pendingQuestion }),
});
