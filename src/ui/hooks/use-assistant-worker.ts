import { useEffect } from 'react';
import { AisleError } from '../../core/errors.ts';
import { WorkerClient } from '../../worker/client.ts';
import { useAppStore } from '../../state/store.ts';

/** Starts the assistant worker for the lifetime of the app and reports whether it answers. */
export function useAssistantWorker(): void {
  const setWorkerStatus = useAppStore((s) => s.setWorkerStatus);
  useEffect(() => {
    const worker = new Worker(new URL('../../worker/entry.ts', import.meta.url), {
      type: 'module',
      name: 'assistant',
    });
    const client = new WorkerClient(worker);
    client
      .request('ping', { sentAt: Date.now() })
      .then(() => setWorkerStatus('ready'))
      .catch((error: unknown) => {
        const typed = AisleError.from(error);
        if (typed.code !== 'aborted') setWorkerStatus('error', typed.message);
      });
    return () => client.terminate();
  }, [setWorkerStatus]);
}
