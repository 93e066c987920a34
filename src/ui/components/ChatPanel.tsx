import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { categoryCounts, type Catalog } from '../../core/catalog/index.ts';
import type { UiMessages } from '../../i18n/en/ui.ts';
import { useChatMessages } from '../../state/store.ts';
import type { ChatControls } from '../hooks/use-chat.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { ChatBubble } from './ChatAnswer.tsx';

/** Starting questions from the catalog itself: its biggest categories, a budget, the returns policy. */
function generalSuggestions(catalog: Catalog, t: UiMessages['chat']): string[] {
  const top = [...categoryCounts(catalog)].sort((a, b) => b[1] - a[1]).slice(0, 2);
  return [...top.map(([name]) => t.showMe(name)), t.underTwenty, t.returnPolicy];
}

/**
 * The conversation itself: answers with their cards, suggested questions and the input with its stop
 * button. The kiosk's chat screen and the web shop's widget each put it under their own heading.
 */
export function ChatPanel({
  catalog,
  productId,
  chat,
}: {
  catalog: Catalog;
  productId?: string;
  chat: ChatControls;
}) {
  const t = useMessages();
  const messages = useChatMessages();
  const { ready, send, stop } = chat;
  const [draft, setDraft] = useState('');
  const end = useRef<HTMLDivElement>(null);
  const products = useMemo(
    () => new Map(catalog.products.map((product) => [product.id, product])),
    [catalog],
  );
  const inView = productId !== undefined && products.has(productId);
  const answering = messages.at(-1)?.status === 'answering';
  const suggestions = inView ? t.chat.productSuggestions : generalSuggestions(catalog, t.chat);

  // Braces, not an expression: newer browsers return a promise from scrollIntoView, and React would
  // take a returned value for the effect's clean-up.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(draft);
    setDraft('');
  }

  return (
    <>
      <div className="chat-log" data-testid="chat.log">
        {messages.map((message) => (
          <ChatBubble key={message.id} message={message} products={products} />
        ))}
        <div ref={end} />
      </div>
      <div className="chips" role="list" aria-label={t.chat.suggestionsLabel}>
        {suggestions.map((text) => (
          <button
            type="button"
            role="listitem"
            key={text}
            className="chip"
            disabled={!ready || answering}
            onClick={() => void send(text)}
            data-testid="chat.suggestion"
          >
            {text}
          </button>
        ))}
      </div>
      <form className="chat-input" onSubmit={submit}>
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={ready ? t.chat.placeholder : t.chat.starting}
          aria-label={t.chat.inputLabel}
          disabled={!ready}
          data-testid="chat.input"
        />
        {answering ? (
          <button type="button" onClick={stop} data-testid="chat.stop">
            {t.chat.stop}
          </button>
        ) : (
          <button type="submit" disabled={!ready || draft.trim() === ''} data-testid="chat.send">
            {t.chat.send}
          </button>
        )}
      </form>
    </>
  );
}
