import { useEffect } from 'react';
import { useAppStore, useCatalog, useCatalogError, useCatalogStatus } from '../state/store.ts';
import { Header } from './components/Header.tsx';
import { WorkerContext } from './engine-context.ts';
import { useAssistantWorker } from './hooks/use-assistant-worker.ts';
import { useRoute } from './hooks/use-route.ts';
import { AssistantCheck } from './screens/AssistantCheck.tsx';
import { CategoryGrid } from './screens/CategoryGrid.tsx';
import { ProductDetail } from './screens/ProductDetail.tsx';
import { ProductList } from './screens/ProductList.tsx';

const DEFAULT_CATALOG_URL = `${import.meta.env.BASE_URL}catalog/products.json`;

export function App() {
  const catalog = useCatalog();
  const status = useCatalogStatus();
  const error = useCatalogError();
  const loadCatalogFromUrl = useAppStore((s) => s.loadCatalogFromUrl);
  const route = useRoute();
  const services = useAssistantWorker();

  useEffect(() => {
    void loadCatalogFromUrl(DEFAULT_CATALOG_URL);
  }, [loadCatalogFromUrl]);

  return (
    <WorkerContext.Provider value={services}>
      <div className="app">
        <Header storeName={catalog?.store.name ?? 'Aisle'} showBack={route.screen !== 'categories'} />
        {error && (
          <p className="error-banner" role="alert" data-testid="catalog.error">
            {error}
          </p>
        )}
        {route.screen === 'assistant-check' ? (
          <AssistantCheck />
        ) : !catalog ? (
          <main className="screen">
            <p className="empty">
              {status === 'error' ? 'The catalog could not be loaded.' : 'Loading the catalog…'}
            </p>
          </main>
        ) : route.screen === 'category' ? (
          <ProductList catalog={catalog} category={route.category} />
        ) : route.screen === 'product' ? (
          <ProductDetail catalog={catalog} productId={route.productId} />
        ) : (
          <CategoryGrid catalog={catalog} />
        )}
      </div>
    </WorkerContext.Provider>
  );
}
