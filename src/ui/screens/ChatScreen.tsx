import { useEffect } from 'react';
import type { Catalog } from '../../core/catalog/index.ts';
import { useAppStore, useChatMessages, usePendingQuestion } from '../../state/store.ts';
import { ChatPanel } from '../components/ChatPanel.tsx';
import { useChat } from '../hooks/use-chat.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';

/** The shop assistant's chat: suggested questions, answers with product cards, a stop button. */
export function ChatScreen({ catalog, productId }: { catalog: Catalog; productId?: string }) {
  const t = useMessages();
  const messages = useChatMessages();
  const chat = useChat(productId);
  const inView = productId === undefined ? undefined : catalog.products.find((p) => p.id === productId);
  const pending = usePendingQuestion();
  const askOnArrival = useAppStore((s) => s.askOnArrival);
  const { ready, send } = chat;

  // A question asked on the home screen is sent once the assistant is ready.
  useEffect(() => {
    if (!ready || pending === null) return;
    askOnArrival(null);
    void send(pending);
  }, [ready, pending, askOnArrival, send]);

  return (
    <main className="screen chat-screen">
      <header className="chat-header">
        <h1>{t.chat.heading}</h1>
        {inView && (
          <p className="chat-context" data-testid="chat.context">
            {t.chat.about} <a href={routeHref({ screen: 'product', productId: inView.id })}>{inView.title}</a>
          </p>
        )}
        {messages.length > 0 && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void chat.restart()}
            data-testid="chat.restart"
          >
            {t.chat.restart}
          </button>
        )}
      </header>
      <ChatPanel catalog={catalog} productId={productId} chat={chat} />
    </main>
  );
}
