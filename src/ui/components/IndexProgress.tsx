import type { CatalogProgress } from '../../core/shop/shop-service.ts';
import { ProgressBar } from './ProgressBar.tsx';

/** How far the worker is with the search index of the catalog being put in use. */
export function IndexProgress({ progress }: { progress: CatalogProgress | null }) {
  // Before the first batch is embedded (or with a prebuilt index) there is nothing to count yet.
  const indexing = progress?.phase === 'index';
  return (
    <ProgressBar
      label="Getting search ready"
      loaded={indexing ? progress.loaded : 0}
      total={indexing ? progress.total : 0}
      detail={indexing ? `${progress.loaded} of ${progress.total} products` : 'starting…'}
      testId="catalog.progress"
    />
  );
}
