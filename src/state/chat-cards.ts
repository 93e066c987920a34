import type { AnswerCard } from '../core/shop/shop-service.ts';
import type { ChatMessage } from './chat-slice.ts';

/**
 * The cards each answer shows, by message id. A list of products (a search, a comparison) always shows
 * its cards; an answer about one product shows its card only the first time in the conversation, so a
 * product's chat does not repeat the same large card under every answer.
 */
export function cardsToShow(messages: readonly ChatMessage[]): Map<number, AnswerCard[]> {
  const seen = new Set<string>();
  const shown = new Map<number, AnswerCard[]>();
  for (const message of messages) {
    if (message.role !== 'assistant') continue;
    const [only, ...others] = message.cards;
    const repeat = only !== undefined && others.length === 0 && seen.has(only.id);
    shown.set(message.id, repeat ? [] : message.cards);
    for (const card of message.cards) seen.add(card.id);
  }
  return shown;
}
