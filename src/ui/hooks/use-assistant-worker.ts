import { useEffect, useState } from 'react';
import { AisleError } from '../../core/errors.ts';
import { useAppStore } from '../../state/store.ts';
import { WorkerClient } from '../../worker/client.ts';
import { WorkerEngine } from '../../worker/worker-engine.ts';
import { WorkerShop } from '../../worker/worker-shop.ts';
import type { WorkerServices } from '../engine-context.ts';
import { watchWorkerLife } from '../../worker/worker-life.ts';

/**
 * Starts the assistant worker for the lifetime of the app and gives its services once the worker answers.
 * A worker that dies (terminated, crashed, out of memory) is replaced: the question it was answering
 * fails with `worker-died`, the UI says the assistant is restarting, and a new worker starts, into which
 * the app loads the catalog and models again. The conversation on screen lives in the store, not in it.
 */
export function useAssistantWorker(): WorkerServices | null {
  const setWorkerStatus = useAppStore((s) => s.setWorkerStatus);
  const workerRestarting = useAppStore((s) => s.workerRestarting);
  const indexLost = useAppStore((s) => s.indexLost);
  const [services, setServices] = useState<WorkerServices | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    // A name of its own per worker: the worker holds a lock by that name while it lives.
    const name = `assistant-${generation}-${crypto.randomUUID()}`;
    const worker = new Worker(new URL('../../worker/entry.ts', import.meta.url), { type: 'module', name });
    const client = new WorkerClient(worker);
    const workerEngine = new WorkerEngine(client);
    const closing = new AbortController();
    client
      .request('ping', { sentAt: Date.now() })
      .then(() => {
        setWorkerStatus('ready');
        setServices({ engine: workerEngine, shop: new WorkerShop(client) });
        watchWorkerLife(name, closing.signal, () => {
          client.terminate(new AisleError('worker-died', 'The assistant stopped unexpectedly.'));
          setServices(null);
          workerRestarting();
          indexLost();
          setGeneration((g) => g + 1);
        });
      })
      .catch((error: unknown) => {
        const typed = AisleError.from(error);
        if (typed.code !== 'aborted') setWorkerStatus('error', typed.message);
      });
    return () => {
      closing.abort();
      setServices(null);
      void workerEngine.dispose();
    };
  }, [generation, setWorkerStatus, workerRestarting, indexLost]);
  return services;
}
