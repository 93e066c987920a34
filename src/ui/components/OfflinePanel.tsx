import { APP_VERSION } from '../../app-version.ts';
import {
  useAssistantFault,
  useEngineInfo,
  useOfflineReady,
  useStorageStatus,
  useUpdateError,
  useUpdateStatus,
  useUpdateVersion,
} from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { useServiceWorkerControl } from '../offline-context.ts';

const MB = 1024 * 1024;

/** The staff's view of offline use: version, update, storage, and the cause of the last failure. */
export function OfflinePanel() {
  const t = useMessages().offline;
  const control = useServiceWorkerControl();
  const offlineReady = useOfflineReady();
  const status = useUpdateStatus();
  const version = useUpdateVersion();
  const error = useUpdateError();
  const storage = useStorageStatus();
  const fault = useAssistantFault();
  const notKept = useEngineInfo()?.storageProblem;
  return (
    <section className="panel" data-testid="offline.panel">
      <h2>{t.heading}</h2>
      <p data-testid="offline.version">{t.version(APP_VERSION)}</p>
      <p data-testid="offline.status">{offlineReady ? t.ready : t.notReady}</p>
      <p data-testid="offline.update" data-status={status}>
        {status === 'none' && t.update.none}
        {status === 'downloading' && t.update.downloading}
        {status === 'waiting' && t.update.waiting(version ?? '')}
        {status === 'applying' && t.update.applying}
        {status === 'failed' && t.update.failed(error ?? '')}
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={!control}
          onClick={() => void control?.check()}
          data-testid="offline.check"
        >
          {t.check}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!control || status !== 'waiting'}
          onClick={() => void control?.apply()}
          data-testid="offline.apply"
        >
          {t.apply}
        </button>
      </div>
      {storage && (
        <p data-testid="offline.storage">
          {t.storage((storage.usage / MB).toFixed(1), (storage.quota / MB).toFixed(0))}{' '}
          {storage.persisted ? t.persisted : t.notPersisted}
        </p>
      )}
      {notKept && (
        <p className="error-banner" role="alert" data-testid="offline.not-kept">
          {t.notKept(notKept)}
        </p>
      )}
      {fault && (
        <p className="muted" data-testid="offline.fault">
          {t.fault(fault)}
        </p>
      )}
    </section>
  );
}
