import {
  useCatalog,
  useCatalogError,
  useCatalogStatus,
  useIndexProgress,
  useSearchReadiness,
  useWorkerStatus,
} from '../state/store.ts';
import { catalogErrorText } from './catalog-error-text.ts';
import { Header } from './components/Header.tsx';
import { IndexProgress } from './components/IndexProgress.tsx';
import { StartupTasks } from './components/StartupTasks.tsx';
import { WorkerContext } from './engine-context.ts';
import { useAssistantWorker } from './hooks/use-assistant-worker.ts';
import { indexedDbCatalogKeeper } from '../state/catalog-keeper.ts';
import { useCatalogStartup } from './hooks/use-catalog-startup.ts';
import { useDocumentLanguage } from './hooks/use-document-language.ts';
import { useMessages } from './hooks/use-messages.ts';
import { useServiceWorker } from './hooks/use-service-worker.ts';
import { ServiceWorkerContext } from './offline-context.ts';
import { SHIPPED_CATALOG } from './shipped-catalog.ts';
import { useRoute } from './hooks/use-route.ts';
import { AssistantCheck } from './screens/AssistantCheck.tsx';
import { CatalogAdmin } from './screens/CatalogAdmin.tsx';
import { CategoryGrid } from './screens/CategoryGrid.tsx';
import { ChatScreen } from './screens/ChatScreen.tsx';
import { ProductDetail } from './screens/ProductDetail.tsx';
import { ProductList } from './screens/ProductList.tsx';
import { SearchResults } from './screens/SearchResults.tsx';

export function App() {
  const t = useMessages();
  useDocumentLanguage();
  const catalog = useCatalog();
  const status = useCatalogStatus();
  const error = useCatalogError();
  const workerStatus = useWorkerStatus();
  const readiness = useSearchReadiness();
  const indexProgress = useIndexProgress();
  const route = useRoute();
  const services = useAssistantWorker();
  const serviceWorker = useServiceWorker();
  useCatalogStartup(services?.shop ?? null, SHIPPED_CATALOG, indexedDbCatalogKeeper);

  // The catalog is read by the worker: without it there is nothing to show but why.
  const waiting =
    workerStatus === 'error' ? t.app.workerFailed : status === 'error' ? t.app.loadFailed : t.app.loading;
  return (
    <WorkerContext.Provider value={services}>
      <ServiceWorkerContext.Provider value={serviceWorker}>
        <StartupTasks />
        <div className="app">
          <Header
            storeName={catalog?.store.name ?? t.app.name}
            showBack={route.screen !== 'categories'}
            searchQuery={route.screen === 'search' ? route.query : ''}
          />
          {/* The staff's import screen shows its own errors beside the file they belong to. */}
          {error && route.screen !== 'catalog-admin' && (
            <p className="error-banner" role="alert" data-testid="catalog.error">
              {catalogErrorText(error, t)}
            </p>
          )}
          {catalog && readiness === 'indexing' && route.screen === 'categories' && (
            <div className="startup-progress">
              <IndexProgress progress={indexProgress} />
            </div>
          )}
          {route.screen === 'assistant-check' ? (
            <AssistantCheck />
          ) : route.screen === 'catalog-admin' ? (
            <CatalogAdmin />
          ) : !catalog ? (
            <main className="screen">
              <p className="empty">{waiting}</p>
            </main>
          ) : route.screen === 'category' ? (
            <ProductList catalog={catalog} category={route.category} />
          ) : route.screen === 'product' ? (
            <ProductDetail catalog={catalog} productId={route.productId} />
          ) : route.screen === 'search' ? (
            <SearchResults catalog={catalog} query={route.query} />
          ) : route.screen === 'chat' ? (
            <ChatScreen key={route.productId ?? ''} catalog={catalog} productId={route.productId} />
          ) : (
            <CategoryGrid catalog={catalog} />
          )}
        </div>
      </ServiceWorkerContext.Provider>
    </WorkerContext.Provider>
  );
}
