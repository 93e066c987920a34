import { useRef, useState, type ChangeEvent } from 'react';
import { checkCatalogSize, nativeCatalogJson, type ImportResult } from '../../core/catalog/index.ts';
import { AisleError } from '../../core/errors.ts';
import type { CatalogProgress } from '../../core/shop/shop-service.ts';
import {
  useAppStore,
  useCatalog,
  useCatalogError,
  useCatalogKept,
  useCatalogSource,
  useIndexProgress,
  useKioskConfig,
  useSearchNote,
  useSearchReadiness,
} from '../../state/store.ts';
import { ImportReport } from '../components/ImportReport.tsx';
import { IndexProgress } from '../components/IndexProgress.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { StoreProfileForm } from '../components/StoreProfileForm.tsx';
import { useShop } from '../engine-context.ts';
import { indexedDbCatalogKeeper } from '../../state/catalog-keeper.ts';
import { catalogErrorText, searchNoticeText } from '../catalog-error-text.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { SHIPPED_CATALOG } from '../shipped-catalog.ts';

/** Where the staff member is with one file: reading it, its report (and switching to it), or its refusal. */
type Check =
  | { step: 'idle' }
  | { step: 'reading'; file: string; progress: CatalogProgress | null }
  | { step: 'checked'; file: string; result: ImportResult; switching: 'no' | 'running' | 'done' | 'failed' }
  | { step: 'rejected'; file: string; message: string };

/** The catalog in use now, how far its search is, and the way back to the shipped catalog. */
function CurrentCatalog() {
  const t = useMessages();
  const shop = useShop();
  const catalog = useCatalog();
  const source = useCatalogSource();
  const kept = useCatalogKept();
  const loadCatalog = useAppStore((s) => s.loadCatalog);
  const [error, setError] = useState<string | null>(null);

  async function backToShipped() {
    if (!shop) return;
    try {
      await indexedDbCatalogKeeper.forget();
      await loadCatalog(shop, SHIPPED_CATALOG);
    } catch (e) {
      setError(t.catalogAdmin.forgetFailed(AisleError.from(e).message));
    }
  }

  const readiness = useSearchReadiness();
  const note = useSearchNote();
  const progress = useIndexProgress();
  return (
    <section className="panel">
      <h2>{t.catalogAdmin.inUse}</h2>
      <p data-testid="catalog.current">
        {catalog
          ? t.catalogAdmin.current(
              source ?? t.catalogAdmin.defaultSource,
              catalog.products.length,
              t.catalogAdmin.searchState[readiness],
            )
          : t.catalogAdmin.noCatalog}
      </p>
      {readiness === 'indexing' && <IndexProgress progress={progress} />}
      {note && <p className="muted">{searchNoticeText(note, t)}</p>}
      {kept && (
        <p className="muted">
          {t.catalogAdmin.kept}{' '}
          <button
            type="button"
            className="button-secondary"
            onClick={() => void backToShipped()}
            data-testid="catalog.shipped"
          >
            {t.catalogAdmin.backToShipped}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/**
 * The staff's catalog import (#/staff/catalog): pick a file, read its validation report, then put it in
 * use. The import and the indexing run in the worker; a refused file leaves the catalog in use alone.
 */
export function CatalogAdmin() {
  const t = useMessages();
  const shop = useShop();
  const storeError = useCatalogError();
  // The fleet's currency for a CSV export, which states none.
  const { currency } = useKioskConfig();
  const activateCatalog = useAppStore((s) => s.activateCatalog);
  const setCatalogKept = useAppStore((s) => s.setCatalogKept);
  const [keepError, setKeepError] = useState<string | null>(null);
  const [check, setCheck] = useState<Check>({ step: 'idle' });
  // Only the latest chosen file may report: an earlier one that finishes late is dropped.
  const latest = useRef(0);

  async function read(file: File) {
    if (!shop) return;
    const ticket = ++latest.current;
    setKeepError(null);
    setCheck({ step: 'reading', file: file.name, progress: null });
    try {
      // A file too big for the kiosk is refused by its size, before it is read into memory.
      checkCatalogSize(file.size, file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await shop.importCatalog(bytes, file.name, {
        ...(currency ? { currency } : {}),
        onProgress: (progress) => {
          if (ticket === latest.current) setCheck({ step: 'reading', file: file.name, progress });
        },
      });
      if (ticket === latest.current) setCheck({ step: 'checked', file: file.name, result, switching: 'no' });
    } catch (error) {
      const message = error instanceof Error ? error.message : AisleError.from(error).message;
      if (ticket === latest.current) setCheck({ step: 'rejected', file: file.name, message });
    }
  }

  async function accept(file: string, result: ImportResult) {
    if (!shop) return;
    const ticket = latest.current;
    setCheck({ step: 'checked', file, result, switching: 'running' });
    const switched = await activateCatalog(shop, {
      catalog: result.catalog,
      source: file,
      issues: result.issues,
    });
    if (switched) {
      // Kept on the kiosk, so a reload or a restart comes back to it rather than to the shipped catalog.
      try {
        await indexedDbCatalogKeeper.save({ source: file, json: nativeCatalogJson(result.catalog) });
        setCatalogKept(true);
      } catch (error) {
        setKeepError(t.catalogAdmin.notKept(AisleError.from(error).message));
      }
    }
    if (ticket === latest.current)
      setCheck({ step: 'checked', file, result, switching: switched ? 'done' : 'failed' });
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (file) void read(file);
  }

  const error =
    check.step === 'rejected'
      ? t.catalogAdmin.notImported(check.message)
      : (keepError ?? (storeError && catalogErrorText(storeError, t)));
  return (
    <main className="screen staff-screen">
      <h1>{t.catalogAdmin.heading}</h1>
      <p className="muted">
        {t.catalogAdmin.intro}{' '}
        <a className="text-link" href={routeHref({ screen: 'assistant-check' })}>
          {t.catalogAdmin.assistantCheck}
        </a>
      </p>
      <CurrentCatalog />
      <section className="panel">
        <label className="file-pick">
          <span>{t.catalogAdmin.chooseFile}</span>
          <input
            type="file"
            accept=".csv,.json,.jsonld"
            onChange={onFile}
            disabled={!shop}
            data-testid="catalog.import"
          />
        </label>
        {!shop && <p className="muted">{t.catalogAdmin.waiting}</p>}
        {check.step === 'reading' && (
          <ProgressBar
            label={t.catalogAdmin.reading(check.file)}
            loaded={check.progress?.loaded ?? 0}
            total={check.progress?.total ?? 0}
            testId="catalog.import-progress"
          />
        )}
      </section>
      {error && (
        <p className="error-banner" role="alert" data-testid="catalog.error">
          {error}
        </p>
      )}
      {check.step === 'checked' && (
        <ImportReport file={check.file} result={check.result}>
          {check.switching === 'done' ? (
            <a className="button-link primary" href={routeHref({ screen: 'home' })}>
              {t.catalogAdmin.backToShop}
            </a>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={check.result.catalog.products.length === 0 || check.switching === 'running'}
              onClick={() => void accept(check.file, check.result)}
              data-testid="catalog.accept"
            >
              {check.switching === 'running' ? t.catalogAdmin.gettingReady : t.catalogAdmin.useIt}
            </button>
          )}
        </ImportReport>
      )}
      {check.step === 'checked' && check.switching === 'done' && (
        <p className="success-banner" role="status" data-testid="catalog.accepted">
          {t.catalogAdmin.accepted(check.file, check.result.catalog.products.length)}
        </p>
      )}
      <StoreProfileForm keeper={indexedDbCatalogKeeper} />
    </main>
  );
}
