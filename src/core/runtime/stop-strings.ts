/**
 * Finds stop strings in streamed text. Text that might be the start of a stop string is held back,
 * so the shopper never sees half of one.
 */
export function splitAtStop(text: string, stops: readonly string[]): { emit: string; stopped: boolean } {
  let cut = -1;
  for (const stop of stops) {
    const at = stop ? text.indexOf(stop) : -1;
    if (at !== -1 && (cut === -1 || at < cut)) cut = at;
  }
  if (cut !== -1) return { emit: text.slice(0, cut), stopped: true };
  let hold = 0;
  for (const stop of stops)
    for (let n = Math.min(stop.length - 1, text.length); n > hold; n--)
      if (text.endsWith(stop.slice(0, n))) {
        hold = n;
        break;
      }
  return { emit: text.slice(0, text.length - hold), stopped: false };
}
