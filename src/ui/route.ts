/** The kiosk's screens, addressed by the URL hash so the browser's back button works. */
export type Route =
  /** The attract loop a kiosk shows between shoppers; a tap opens the home screen. */
  | { screen: 'attract' }
  /** The shopper's home: the large ask entry, suggested questions and the categories. */
  | { screen: 'home' }
  | { screen: 'category'; category: string }
  | { screen: 'product'; productId: string }
  | { screen: 'assistant-check' }
  /** Search results for a shopper's query (may be empty while the shopper types a new one). */
  | { screen: 'search'; query: string }
  /** The staff's catalog import screen. */
  | { screen: 'catalog-admin' }
  /** The staff's kiosk settings and diagnostics. */
  | { screen: 'kiosk-settings' }
  /** The shop assistant's chat, about one product when opened from its page. */
  | { screen: 'chat'; productId?: string };

/** A part of the address as the shopper's link meant it; a broken escape (`%E0%A4%A`) is kept as typed. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Longer than any id or query a link of the kiosk writes: the rest of such an address is dropped. */
export const MAX_ROUTE_VALUE_LENGTH = 500;

export function parseRoute(hash: string): Route {
  const [kind, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const value = decoded(rest.join('/')).slice(0, MAX_ROUTE_VALUE_LENGTH);
  if (kind === 'category' && value) return { screen: 'category', category: value };
  if (kind === 'product' && value) return { screen: 'product', productId: value };
  if (kind === 'staff' && value === 'assistant') return { screen: 'assistant-check' };
  if (kind === 'staff' && value === 'catalog') return { screen: 'catalog-admin' };
  if (kind === 'staff' && value === 'kiosk') return { screen: 'kiosk-settings' };
  if (kind === 'search') return { screen: 'search', query: value };
  if (kind === 'chat') return value ? { screen: 'chat', productId: value } : { screen: 'chat' };
  if (kind === 'home') return { screen: 'home' };
  return { screen: 'attract' };
}

/** Staff screens open only in staff mode; the address alone shows the attract loop. */
export function isStaffRoute(route: Route): boolean {
  return (
    route.screen === 'assistant-check' ||
    route.screen === 'catalog-admin' ||
    route.screen === 'kiosk-settings'
  );
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'attract':
      return '#/';
    case 'home':
      return '#/home';
    case 'category':
      return `#/category/${encodeURIComponent(route.category)}`;
    case 'product':
      return `#/product/${encodeURIComponent(route.productId)}`;
    case 'assistant-check':
      return '#/staff/assistant';
    case 'catalog-admin':
      return '#/staff/catalog';
    case 'kiosk-settings':
      return '#/staff/kiosk';
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`;
    case 'chat':
      return route.productId === undefined ? '#/chat' : `#/chat/${encodeURIComponent(route.productId)}`;
  }
}
