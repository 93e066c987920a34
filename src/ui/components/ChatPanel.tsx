import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Catalog } from '../../core/catalog/index.ts';
import { cardsToShow } from '../../state/chat-cards.ts';
import { useChatMessages } from '../../state/store.ts';
import type { ChatControls } from '../hooks/use-chat.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { generalSuggestions } from '../suggestions.ts';
import { ChatBubble } from './ChatAnswer.tsx';
import { SuggestionChips } from './SuggestionChips.tsx';

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
  const log = useRef<HTMLDivElement>(null);
  const products = useMemo(
    () => new Map(catalog.products.map((product) => [product.id, product])),
    [catalog],
  );
  const inView = productId !== undefined && products.has(productId);
  const answering = messages.at(-1)?.status === 'answering';
  const suggestions = inView ? t.chat.productSuggestions : generalSuggestions(catalog, t.chat);

  const shownCards = useMemo(() => cardsToShow(messages), [messages]);

  // A new question scrolls to the top of the log's view, so its answer reads from its first line while the
  // suggestions and the input stay in view below.
  const turns = messages.length;
  useEffect(() => {
    const questions = log.current?.querySelectorAll('[data-testid="chat.question"]');
    questions?.[questions.length - 1]?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [turns]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(draft);
    setDraft('');
  }

  return (
    <>
      <div className="chat-log" ref={log} data-testid="chat.log">
        {messages.map((message) => (
          <ChatBubble
            key={message.id}
            message={message}
            cards={shownCards.get(message.id) ?? []}
            products={products}
          />
        ))}
      </div>
      <SuggestionChips
        suggestions={suggestions}
        label={t.chat.suggestionsLabel}
        onAsk={(text) => void send(text)}
        disabled={!ready || answering}
        testId="chat.suggestion"
      />
      <form className="chat-input" onSubmit={submit}>
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={ready ? t.chat.placeholder : t.chat.starting}
          aria-label={t.chat.inputLabel}
          disabled={!ready}
          data-keyboard=""
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
