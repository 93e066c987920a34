import { useEffect, useState, type MouseEvent } from 'react';
import {
  useAppStore,
  useCatalog,
  useCatalogError,
  useCatalogStatus,
  useIndexProgress,
  useSearchReadiness,
  useSessionNumber,
  useStaffUnlocked,
  useWorkerStatus,
} from '../state/store.ts';
import { assistantReadiness } from './assistant-readiness.ts';
import { catalogErrorText } from './catalog-error-text.ts';
import { BottomBar } from './components/BottomBar.tsx';
import { IdleGuard } from './components/IdleGuard.tsx';
import { IndexProgress } from './components/IndexProgress.tsx';
import { StaffBar } from './components/StaffBar.tsx';
import { StaffPinDialog } from './components/StaffPinDialog.tsx';
import { StartupTasks } from './components/StartupTasks.tsx';
import { TopBar } from './components/TopBar.tsx';
import { OnScreenKeyboard } from './keyboard/OnScreenKeyboard.tsx';
import { WorkerContext } from './engine-context.ts';
import { useAssistantWorker } from './hooks/use-assistant-worker.ts';
import { indexedDbCatalogKeeper } from '../state/catalog-keeper.ts';
import { useCatalogStartup } from './hooks/use-catalog-startup.ts';
import { useDocumentLanguage } from './hooks/use-document-language.ts';
import { useDisplayChoices } from './hooks/use-display-choices.ts';
import { useKioskPresence } from './hooks/use-kiosk-presence.ts';
import { useKioskStartup } from './hooks/use-kiosk-startup.ts';
import { useMessages } from './hooks/use-messages.ts';
import { useServiceWorker } from './hooks/use-service-worker.ts';
import { ServiceWorkerContext } from './offline-context.ts';
import { PresenceContext } from './presence-context.ts';
import { SHIPPED_CATALOG } from './shipped-catalog.ts';
import { useRoute } from './hooks/use-route.ts';
import { isStaffRoute, routeHref, type Route } from './route.ts';
import { trackHistoryDepth } from './session-history.ts';
import { AssistantCheck } from './screens/AssistantCheck.tsx';
import { AttractScreen } from './screens/AttractScreen.tsx';
import { CatalogAdmin } from './screens/CatalogAdmin.tsx';
import { ChatScreen } from './screens/ChatScreen.tsx';
import { HomeScreen } from './screens/HomeScreen.tsx';
import { KioskSettings } from './screens/KioskSettings.tsx';
import { ProductDetail } from './screens/ProductDetail.tsx';
import { ProductList } from './screens/ProductList.tsx';
import { SearchResults } from './screens/SearchResults.tsx';

/** A long press on a kiosk opens no browser menu (Copy, Search, Print), except in a text field. */
function noContextMenu(event: MouseEvent): void {
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) event.preventDefault();
}

/** The screen to show: a staff screen only in staff mode; its address alone shows the attract loop. */
function useVisibleRoute(): Route {
  const route = useRoute();
  const unlocked = useStaffUnlocked();
  return isStaffRoute(route) && !unlocked ? { screen: 'attract' } : route;
}

export function App() {
  const t = useMessages();
  useDocumentLanguage();
  useKioskStartup();
  useDisplayChoices();
  useEffect(trackHistoryDepth, []);
  const catalog = useCatalog();
  const status = useCatalogStatus();
  const error = useCatalogError();
  const workerStatus = useWorkerStatus();
  const readiness = useSearchReadiness();
  const indexProgress = useIndexProgress();
  const session = useSessionNumber();
  const staff = useStaffUnlocked();
  const route = useVisibleRoute();
  const services = useAssistantWorker();
  const serviceWorker = useServiceWorker();
  const presence = useKioskPresence();
  // The assistant's state on the root, on every screen (the attract loop has no status line): for the benchmark.
  const assistant = useAppStore((s) => assistantReadiness(s).state);
  const [askingPin, setAskingPin] = useState(false);
  useCatalogStartup(services?.shop ?? null, SHIPPED_CATALOG, indexedDbCatalogKeeper);

  const storeName = catalog?.store.name ?? t.app.name;
  const openPin = () => setAskingPin(true);
  const pin = askingPin && (
    <StaffPinDialog
      onClose={() => setAskingPin(false)}
      onUnlocked={() => {
        setAskingPin(false);
        window.location.hash = routeHref({ screen: 'catalog-admin' });
      }}
    />
  );

  // The catalog is read by the worker: without it there is nothing to show but why.
  const waiting =
    workerStatus === 'error' ? t.app.workerFailed : status === 'error' ? t.app.loadFailed : t.app.loading;
  return (
    <WorkerContext.Provider value={services}>
      <ServiceWorkerContext.Provider value={serviceWorker}>
        <PresenceContext.Provider value={presence}>
          <StartupTasks attractShowing={route.screen === 'attract' && !staff} />
          <div
            className={staff ? 'app app-staff' : 'app'}
            onContextMenu={noContextMenu}
            data-assistant={assistant}
          >
            {route.screen === 'attract' ? (
              <AttractScreen key={session} catalog={catalog} storeName={storeName} onStaffGesture={openPin} />
            ) : (
              <>
                <TopBar storeName={storeName} onStaffGesture={openPin} />
                {staff && <StaffBar />}
                <div className="app-body" key={`body-${session}`}>
                  {/* The staff's import screen shows its own errors beside the file they belong to. */}
                  {error && route.screen !== 'catalog-admin' && (
                    <p className="error-banner" role="alert" data-testid="catalog.error">
                      {catalogErrorText(error, t)}
                    </p>
                  )}
                  {catalog && readiness === 'indexing' && route.screen === 'home' && (
                    <div className="startup-progress">
                      <IndexProgress progress={indexProgress} />
                    </div>
                  )}
                  {route.screen === 'assistant-check' ? (
                    <AssistantCheck />
                  ) : route.screen === 'catalog-admin' ? (
                    <CatalogAdmin />
                  ) : route.screen === 'kiosk-settings' ? (
                    <KioskSettings />
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
                    <HomeScreen catalog={catalog} />
                  )}
                </div>
                <OnScreenKeyboard />
                <BottomBar
                  key={`bar-${session}`}
                  showBack={route.screen !== 'home'}
                  searchQuery={route.screen === 'search' ? route.query : ''}
                />
              </>
            )}
            <IdleGuard key={`idle-${session}`} active={route.screen !== 'attract' || staff} />
            {pin}
          </div>
        </PresenceContext.Provider>
      </ServiceWorkerContext.Provider>
    </WorkerContext.Provider>
  );
}
