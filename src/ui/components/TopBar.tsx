import { AssistantStatus } from './AssistantStatus.tsx';
import { StoreName } from './StoreName.tsx';

/** The top of every shopper screen: the store's name and the assistant's state, nothing to reach for. */
export function TopBar({ storeName, onStaffGesture }: { storeName: string; onStaffGesture(): void }) {
  return (
    <header className="top-bar">
      <StoreName name={storeName} onStaffGesture={onStaffGesture} />
      <AssistantStatus />
    </header>
  );
}
