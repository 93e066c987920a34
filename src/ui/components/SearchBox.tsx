import { useState, type FormEvent } from 'react';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';

/**
 * The shopper's search box: Enter or the button opens the results screen for the query. The app gives it
 * the query on screen as `initialQuery` and remounts it (by key) when that changes.
 */
export function SearchBox({ initialQuery }: { initialQuery: string }) {
  const t = useMessages();
  const [query, setQuery] = useState(initialQuery);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = query.trim();
    if (text) window.location.hash = routeHref({ screen: 'search', query: text });
  }

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t.search.placeholder}
        aria-label={t.search.placeholder}
        enterKeyHint="search"
        autoComplete="off"
        data-keyboard=""
        data-testid="search.input"
      />
      <button type="submit" className="primary" data-testid="search.submit">
        {t.search.submit}
      </button>
    </form>
  );
}
