/**
 * Staff's changes to the fleet's kiosk.config.json on this one kiosk, kept in local storage and laid over
 * the fleet's file at each start. Settings only: nothing about shoppers.
 */
const OVERRIDES_KEY = 'aisle-kiosk-overrides';

export function loadKioskOverrides(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  } catch {
    return {};
  }
}

export function saveKioskOverrides(overrides: Record<string, unknown>): void {
  localStorage.setItem(OVERRIDES_KEY, JSON.stringify(overrides));
}

export function clearKioskOverrides(): void {
  localStorage.removeItem(OVERRIDES_KEY);
}
