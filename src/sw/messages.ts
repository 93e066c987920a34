/**
 * What the page and the service worker say to each other. The page asks the waiting worker for its
 * version and tells it to take over (`SKIP_WAITING`, sent again until it has); a worker
 * whose update could not be installed tells the open pages why, since the page would only see it vanish.
 */
export type ToServiceWorker = { type: 'SKIP_WAITING' } | { type: 'GET_VERSION' };

export type FromServiceWorker = { type: 'AISLE_UPDATE_FAILED'; version: string; message: string };

export interface VersionReply {
  version: string;
}

export function isToServiceWorker(value: unknown): value is ToServiceWorker {
  if (typeof value !== 'object' || value === null) return false;
  const type: unknown = Reflect.get(value, 'type');
  return type === 'SKIP_WAITING' || type === 'GET_VERSION';
}

export function isFromServiceWorker(value: unknown): value is FromServiceWorker {
  if (typeof value !== 'object' || value === null) return false;
  return (
    Reflect.get(value, 'type') === 'AISLE_UPDATE_FAILED' &&
    typeof Reflect.get(value, 'version') === 'string' &&
    typeof Reflect.get(value, 'message') === 'string'
  );
}

export function isVersionReply(value: unknown): value is VersionReply {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'version') === 'string';
}
