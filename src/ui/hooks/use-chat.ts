import { useCallback, useEffect, useRef } from 'react';
import { AisleError } from '../../core/errors.ts';
import { messages } from '../../i18n/messages.ts';
import { useAppStore, useLocale, useSearchReadiness } from '../../state/store.ts';
import { useShop } from '../engine-context.ts';

/** What a chat view drives: whether questions are taken now, and asking, stopping and starting over. */
export interface ChatControls {
  ready: boolean;
  send(text: string): Promise<void>;
  stop(): void;
  restart(): Promise<void>;
}

/**
 * Sends shopper messages to the assistant in the worker, with the UI's language, and fills the answer as
 * its cards and checked text arrive. One answer at a time; `stop` ends it where it is.
 */
export function useChat(productId: string | undefined): ChatControls {
  const shop = useShop();
  const startChatTurn = useAppStore((s) => s.startChatTurn);
  const updateChatAnswer = useAppStore((s) => s.updateChatAnswer);
  const clearChat = useAppStore((s) => s.clearChat);
  const searchReadiness = useSearchReadiness();
  const locale = useLocale();
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const send = useCallback(
    async (text: string) => {
      const message = text.trim();
      if (!shop || !message || running.current) return;
      const id = startChatTurn(message);
      const controller = new AbortController();
      running.current = controller;
      try {
        const answer = await shop.ask(message, {
          productId,
          locale,
          signal: controller.signal,
          onCards: (cards, compare) => updateChatAnswer(id, { cards, compare }),
          onText: (partial) => updateChatAnswer(id, { text: partial }),
        });
        updateChatAnswer(id, {
          text: answer.text,
          cards: answer.cards,
          compare: answer.compare,
          status: 'done',
        });
      } catch (error) {
        const typed = AisleError.from(error);
        if (typed.code === 'aborted') updateChatAnswer(id, { status: 'stopped' });
        else if (typed.code === 'worker-died')
          updateChatAnswer(id, { text: messages(locale).ui.chat.restarting, status: 'error' });
        else {
          useAppStore.getState().reportAssistantFault(typed.message);
          updateChatAnswer(id, { text: messages(locale).ui.chat.failed, status: 'error' });
        }
      } finally {
        running.current = null;
      }
    },
    [shop, productId, locale, startChatTurn, updateChatAnswer],
  );

  const stop = useCallback(() => running.current?.abort(), []);

  const restart = useCallback(async () => {
    running.current?.abort();
    clearChat();
    await shop?.resetChat();
  }, [shop, clearChat]);

  return { ready: shop !== null && searchReadiness === 'ready', send, stop, restart };
}
