/**
 * An entry of `embedOrigins` in kiosk.config.json: the web shops allowed to embed the widget. One rule for
 * the kiosk's staff screen and the widget, which reads the list before it answers a host page.
 */

/** The origin an allow-list entry names, or why it names none. */
export function originProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'string')
    return `must be an origin like "https://shop.example.com", got ${entry === null ? 'null' : typeof entry}`;
  if (entry.includes('*')) return `"${entry}": wildcards are not allowed; list each origin`;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `"${entry}" is not an origin like "https://shop.example.com"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `"${entry}" must start with https:// or http://`;
  if (url.origin !== entry)
    return `"${entry}" is not a bare origin (no path, query or trailing slash): use "${url.origin}"`;
  return undefined;
}
