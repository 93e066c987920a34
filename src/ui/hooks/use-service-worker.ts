import { useEffect, useState } from 'react';
import { readStorageStatus } from '../../offline/storage-status.ts';
import { startServiceWorker, type ServiceWorkerControl } from '../../offline/service-worker-client.ts';
import { useAppStore, useModelsStatus } from '../../state/store.ts';

/**
 * Registers the kiosk's service worker in the production build (the dev server has none) and keeps the
 * store told of updates; asks for persistent storage and reads the space used once the models are in.
 */
export function useServiceWorker(): ServiceWorkerControl | null {
  const [control, setControl] = useState<ServiceWorkerControl | null>(null);
  const modelsStatus = useModelsStatus();

  useEffect(() => {
    if (import.meta.env.DEV) return;
    const { setOfflineReady, updateDownloading, updateWaiting, updateFailed, updateApplying } =
      useAppStore.getState();
    let started: ServiceWorkerControl | undefined;
    let unmounted = false;
    void startServiceWorker(`${import.meta.env.BASE_URL}service-worker.js`, {
      offlineReady: () => setOfflineReady(true),
      downloading: updateDownloading,
      waiting: updateWaiting,
      failed: updateFailed,
      applying: updateApplying,
    }).then((control) => {
      started = control;
      if (unmounted) control?.stop();
      else setControl(control ?? null);
    });
    return () => {
      unmounted = true;
      started?.stop();
    };
  }, []);

  useEffect(() => {
    if (modelsStatus === 'loading') return;
    let current = true;
    // Asked at start and again once the models are stored, when the figure has changed the most.
    void readStorageStatus(modelsStatus === 'idle').then((status) => {
      if (current && status) useAppStore.getState().setStorage(status);
    });
    return () => {
      current = false;
    };
  }, [modelsStatus]);

  return control;
}
