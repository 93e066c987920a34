import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SearchBox } from './SearchBox.tsx';

/**
 * The primary controls, anchored at the bottom of the screen within a seated or standing shopper's
 * forward reach: back, home, search, ask and the language.
 */
export function BottomBar({ showBack, searchQuery }: { showBack: boolean; searchQuery: string }) {
  const t = useMessages();
  return (
    <nav className="bottom-bar" aria-label={t.header.navigation}>
      {showBack && (
        <button
          type="button"
          className="nav-button"
          data-testid="nav.back"
          onClick={() => window.history.back()}
        >
          {t.header.back}
        </button>
      )}
      <a className="nav-button" href={routeHref({ screen: 'home' })} data-testid="nav.home">
        {t.header.home}
      </a>
      <SearchBox key={searchQuery} initialQuery={searchQuery} />
      <a className="nav-button ask-button" href={routeHref({ screen: 'chat' })} data-testid="nav.chat">
        {t.header.ask}
      </a>
      <LanguageSwitch />
    </nav>
  );
}
