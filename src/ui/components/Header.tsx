import { useWorkerStatus } from '../../state/store.ts';
import { routeHref } from '../route.ts';
import { SearchBox } from './SearchBox.tsx';

const STATUS_TEXT = {
  starting: 'Assistant starting…',
  ready: 'Assistant ready',
  error: 'Assistant unavailable',
};

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
  const workerStatus = useWorkerStatus();
  return (
    <header className="header">
      {showBack ? (
        <button
          type="button"
          className="nav-button"
          data-testid="nav.back"
          onClick={() => window.history.back()}
        >
          ‹ Back
        </button>
      ) : (
        <span className="nav-spacer" />
      )}
      <a className="store-name" href="#/" data-testid="nav.home">
        {storeName}
      </a>
      <SearchBox key={searchQuery} initialQuery={searchQuery} />
      <a className="nav-button ask-button" href={routeHref({ screen: 'chat' })} data-testid="nav.chat">
        Ask the assistant
      </a>
      <span className={`status status-${workerStatus}`} data-testid="app.assistant-status" role="status">
        {STATUS_TEXT[workerStatus]}
      </span>
    </header>
  );
}
