import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { SuggestionChips } from './SuggestionChips.tsx';

/**
 * The home screen's large ask entry and suggested questions: either opens the chat with the question,
 * which the chat sends on arrival. A question can be asked by taps alone.
 */
export function AskEntry({ suggestions }: { suggestions: string[] }) {
  const t = useMessages().home;
  const askOnArrival = useAppStore((s) => s.askOnArrival);
  const [draft, setDraft] = useState('');

  function ask(text: string) {
    const question = text.trim();
    if (!question) return;
    askOnArrival(question);
    window.location.hash = routeHref({ screen: 'chat' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    ask(draft);
  }

  return (
    <section className="ask-entry" aria-label={t.askLabel}>
      <form className="ask-form" onSubmit={submit}>
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t.askPlaceholder}
          aria-label={t.askLabel}
          enterKeyHint="send"
          autoComplete="off"
          data-keyboard=""
          data-testid="home.ask-input"
        />
        <button type="submit" className="primary" disabled={draft.trim() === ''} data-testid="home.ask">
          {t.ask}
        </button>
      </form>
      <SuggestionChips
        suggestions={suggestions}
        label={t.suggestionsLabel}
        onAsk={ask}
        large
        testId="home.suggestion"
      />
    </section>
  );
}
