import { useAppStore, useLocale } from '../../state/store.ts';
import { AssistantStatus } from './AssistantStatus.tsx';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { SearchBox } from './SearchBox.tsx';

/**
 * EN / 中文: one large button that switches to the other language. Each name is written in its own
 * language, so a shopper who reads only one of them still finds it; the one in use is marked.
 */
export function LanguageSwitch() {
  const t = useMessages();
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <button
      type="button"
      className="nav-button language-switch"
      onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')}
      title={t.header.languageSwitch}
      aria-label={t.header.languageSwitch}
      data-locale={locale}
      data-testid="header.language"
    >
      <span lang="en" className={locale === 'en' ? 'language-current' : undefined}>
        EN
      </span>
      <span aria-hidden="true"> / </span>
      <span lang="zh-CN" className={locale === 'zh' ? 'language-current' : undefined}>
        中文
      </span>
    </button>
  );
}

export function Header({
  storeName,
  showBack,
  searchQuery,
}: {
  storeName: string;
  showBack: boolean;
  /** The query on screen, shown in the search box; empty elsewhere. */
  searchQuery: string;
}) {
  const t = useMessages();
  return (
    <header className="header">
      {showBack ? (
        <button
          type="button"
          className="nav-button"
          data-testid="nav.back"
          onClick={() => window.history.back()}
        >
          {t.header.back}
        </button>
      ) : (
        <span className="nav-spacer" />
      )}
      <a className="store-name" href="#/" data-testid="nav.home">
        {storeName}
      </a>
      <SearchBox key={searchQuery} initialQuery={searchQuery} />
      <a className="nav-button ask-button" href={routeHref({ screen: 'chat' })} data-testid="nav.chat">
        {t.header.ask}
      </a>
      <LanguageSwitch />
      <AssistantStatus />
    </header>
  );
}
