import { useKioskConfig } from '../../state/store.ts';
import { useLongPress } from '../hooks/use-long-press.ts';

/**
 * The store's name (or logo), from the kiosk configuration or the catalog. Held down for two seconds it
 * opens the staff PIN: the only way into staff mode.
 */
export function StoreName({ name, onStaffGesture }: { name: string; onStaffGesture(): void }) {
  const { storeName, logo } = useKioskConfig();
  const press = useLongPress(onStaffGesture);
  return (
    <span
      className="store-name"
      data-testid="app.store-name"
      {...press}
      onContextMenu={(event) => event.preventDefault()}
    >
      {logo && <img className="store-logo" src={logo} alt="" />}
      {storeName ?? name}
    </span>
  );
}
