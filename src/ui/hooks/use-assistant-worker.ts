import { useEffect, useState } from 'react';
import { AisleError } from '../../core/errors.ts';
import type { AssistantEngine } from '../../core/runtime/engine.ts';
import { useAppStore } from '../../state/store.ts';
import { WorkerClient } from '../../worker/client.ts';
import { WorkerEngine } from '../../worker/worker-engine.ts';

/** Starts the assistant worker for the lifetime of the app; gives the engine once the worker answers. */
export function useAssistantWorker(): AssistantEngine | null {
  const setWorkerStatus = useAppStore((s) => s.setWorkerStatus);
  const [engine, setEngine] = useState<AssistantEngine | null>(null);
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
        setEngine(workerEngine);
      })
      .catch((error: unknown) => {
        const typed = AisleError.from(error);
        if (typed.code !== 'aborted') setWorkerStatus('error', typed.message);
      });
    return () => {
      setEngine(null);
      void workerEngine.dispose();
    };
  }, [setWorkerStatus]);
  return engine;
}
