/** Seconds without a touch, click or key after which the kiosk counts as idle (the idle reset's default). */
export const DEFAULT_IDLE_SECONDS = 90;

/** `?idleSeconds=N` in the kiosk's address sets the idle time (whole seconds, 1 or more). */
export function idleSecondsFrom(search: string): number {
  const value = Number(new URLSearchParams(search).get('idleSeconds'));
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_IDLE_SECONDS;
}

/** Input that means a shopper is there. */
export const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
