import { useAppStore } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';

/** Shown in staff mode only: the staff screens and the way out. */
export function StaffBar() {
  const t = useMessages().staff;
  const lockStaff = useAppStore((s) => s.lockStaff);
  return (
    <nav className="staff-bar" aria-label={t.bar} data-testid="staff.bar">
      <strong>{t.bar}</strong>
      <a className="nav-button" href={routeHref({ screen: 'catalog-admin' })} data-testid="staff.catalog">
        {t.catalog}
      </a>
      <a className="nav-button" href={routeHref({ screen: 'assistant-check' })} data-testid="staff.assistant">
        {t.assistant}
      </a>
      <a className="nav-button" href={routeHref({ screen: 'kiosk-settings' })} data-testid="staff.settings">
        {t.settings}
      </a>
      <button
        type="button"
        className="nav-button"
        onClick={() => {
          lockStaff();
          window.location.hash = routeHref({ screen: 'home' });
        }}
        data-testid="staff.exit"
      >
        {t.exit}
      </button>
    </nav>
  );
}
