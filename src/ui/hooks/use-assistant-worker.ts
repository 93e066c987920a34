import { useEffect, useState } from 'react';
import { AisleError } from '../../core/errors.ts';
import { useAppStore } from '../../state/store.ts';
import { WorkerClient } from '../../worker/client.ts';
import { WorkerEngine } from '../../worker/worker-engine.ts';
import { WorkerShop } from '../../worker/worker-shop.ts';
import type { WorkerServices } from '../engine-context.ts';

/** Starts the assistant worker for the lifetime of the app; gives its services once the worker answers. */
export function useAssistantWorker(): WorkerServices | null {
  const setWorkerStatus = useAppStore((s) => s.setWorkerStatus);
  const [services, setServices] = useState<WorkerServices | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('../../worker/entry.ts', import.meta.url), {
      type: 'module',
      name: 'assistant',
    });
    const client = new WorkerClient(worker);
    const workerEngine = new WorkerEngine(client);
    client
      .request('ping', { sentAt: Date.now() })
      .then(() => {
        setWorkerStatus('ready');
        setServices({ engine: workerEngine, shop: new WorkerShop(client) });
      })
      .catch((error: unknown) => {
        const typed = AisleError.from(error);
        if (typed.code !== 'aborted') setWorkerStatus('error', typed.message);
      });
    return () => {
      setServices(null);
      void workerEngine.dispose();
    };
  }, [setWorkerStatus]);
  return services;
}
