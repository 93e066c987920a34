import { useWorkerStatus } from '../../state/store.ts';

const STATUS_TEXT = {
  starting: 'Assistant starting…',
  ready: 'Assistant ready',
  error: 'Assistant unavailable',
};

export function Header({ storeName, showBack }: { storeName: string; showBack: boolean }) {
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
      <span className={`status status-${workerStatus}`} data-testid="app.assistant-status" role="status">
        {STATUS_TEXT[workerStatus]}
      </span>
    </header>
  );
}
