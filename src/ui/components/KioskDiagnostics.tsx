import { useAppStore, useCatalog, useEngineInfo } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { FactsTable } from './FactsTable.tsx';

/** What staff (or support on the phone) need to know of this kiosk: backend, models, catalog, configuration. */
export function KioskDiagnostics() {
  const t = useMessages().staff;
  const info = useEngineInfo();
  const catalog = useCatalog();
  const source = useAppStore((s) => s.catalogSource);
  const issues = useAppStore((s) => s.kioskConfigIssues);
  const rows: [string, string][] = [
    [t.rows.backend, info ? t.backend(info.backend, info.threads) : t.modelsNotLoaded],
    [t.rows.models, info?.models.map((m) => m.id).join(', ') || t.modelsNotLoaded],
    [t.rows.catalog, catalog ? `${source ?? ''} · ${catalog.products.length}` : '—'],
    [t.rows.config, issues.length === 0 ? t.configFine : issues.map((issue) => issue.message).join(' · ')],
  ];
  return (
    <section className="panel" data-testid="settings.diagnostics">
      <h2>{t.diagnostics}</h2>
      <FactsTable rows={rows} />
    </section>
  );
}
