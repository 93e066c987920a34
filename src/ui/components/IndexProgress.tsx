import type { CatalogProgress } from '../../core/shop/shop-service.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { ProgressBar } from './ProgressBar.tsx';

/** How far the worker is with the search index of the catalog being put in use. */
export function IndexProgress({ progress }: { progress: CatalogProgress | null }) {
  const t = useMessages();
  // Before the first batch is embedded (or with a prebuilt index) there is nothing to count yet.
  const indexing = progress?.phase === 'index';
  return (
    <ProgressBar
      label={t.progress.searchReady}
      loaded={indexing ? progress.loaded : 0}
      total={indexing ? progress.total : 0}
      detail={indexing ? t.progress.products(progress.loaded, progress.total) : t.progress.starting}
      testId="catalog.progress"
    />
  );
}
