import { createContext, useContext } from 'react';
import type { ServiceWorkerControl } from '../offline/service-worker-client.ts';

/** The kiosk's service worker, for the staff's update controls and the idle reset; null without one. */
export const ServiceWorkerContext = createContext<ServiceWorkerControl | null>(null);

export function useServiceWorkerControl(): ServiceWorkerControl | null {
  return useContext(ServiceWorkerContext);
}
