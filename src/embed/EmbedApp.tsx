import { useEffect, useEffectEvent, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Variant } from '../core/catalog/index.ts';
import type { ShopService } from '../core/shop/shop-service.ts';
import { useAppStore, useCatalog, useCatalogError, useSearchReadiness } from '../state/store.ts';
import { catalogErrorText } from '../ui/catalog-error-text.ts';
import { ChatPanel } from '../ui/components/ChatPanel.tsx';
import { LanguageSwitch } from '../ui/components/LanguageSwitch.tsx';
import { WorkerContext } from '../ui/engine-context.ts';
import { useAssistantWorker } from '../ui/hooks/use-assistant-worker.ts';
import { useCatalogStartup } from '../ui/hooks/use-catalog-startup.ts';
import { useChat } from '../ui/hooks/use-chat.ts';
import { useDocumentLanguage } from '../ui/hooks/use-document-language.ts';
import { useMessages } from '../ui/hooks/use-messages.ts';
import { parseRoute } from '../ui/route.ts';
import { SHIPPED_CATALOG } from '../ui/shipped-catalog.ts';
import type { EmbedParams } from './embed-params.ts';
import { EmbedProduct } from './EmbedProduct.tsx';
import { noCatalogKeeper } from './no-catalog-keeper.ts';
import type { HostMessage, Theme } from './protocol.ts';
import { useEmbeddedProduct } from './use-embedded-product.ts';
import { useHostChannel, type HostAccess } from './use-host-channel.ts';
import { useWidgetSize } from './use-widget-size.ts';

/** The product a link inside the widget points at (the cards under answers link to product pages). */
function linkedProduct(event: MouseEvent): string | undefined {
  if (!(event.target instanceof Element)) return undefined;
  const href = event.target.closest('a')?.getAttribute('href');
  const route = href ? parseRoute(href) : undefined;
  return route?.screen === 'product' ? route.productId : undefined;
}

/**
 * The web shop's widget: Q&A about one product from the store's published catalog, driven by the host
 * page through the postMessage protocol. No kiosk screens, no staff screens, no idle reset: nothing but
 * this product, its insights and the assistant.
 */
export function EmbedApp({ params }: { params: EmbedParams }) {
  const services = useAssistantWorker();
  return (
    <WorkerContext.Provider value={services}>
      <EmbedWidget params={params} shop={services?.shop ?? null} />
    </WorkerContext.Provider>
  );
}

function EmbedWidget({ params, shop }: { params: EmbedParams; shop: ShopService | null }) {
  const t = useMessages();
  useDocumentLanguage();
  const setLocale = useAppStore((s) => s.setLocale);
  const catalog = useCatalog();
  const catalogError = useCatalogError();
  const readiness = useSearchReadiness();
  // The published catalog only: a kiosk's kept catalog is not this web shop's (and its storage is apart).
  useCatalogStartup(shop, SHIPPED_CATALOG, noCatalogKeeper);
  const access = useHostChannel(params.host);
  const channel = access.status === 'allowed' ? access.channel : null;
  const { productId, showById, showJsonLd } = useEmbeddedProduct(shop, params.productId);
  const product = catalog?.products.find((p) => p.id === productId);
  const chat = useChat(product?.id);
  const [theme, setTheme] = useState<Theme>(params.theme);
  const [accent, setAccent] = useState<string | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  useWidgetSize(root, channel);

  // Through the CSSOM: the policy allows no inline style attribute.
  useEffect(() => {
    if (accent) root.current?.style.setProperty('--accent', accent);
  }, [accent]);

  useEffect(() => {
    if (params.language) setLocale(params.language);
  }, [params.language, setLocale]);

  const ready = catalog !== null && readiness === 'ready';

  // Once, when the catalog is in: ready, and why the address's product is not shown when it is not.
  const announced = useRef(false);
  const announce = useEffectEvent(() => {
    if (!channel || announced.current) return;
    announced.current = true;
    channel.post({
      type: 'aisle:ready',
      version: 1,
      productId: product?.id ?? null,
      language: useAppStore.getState().locale,
    });
    if (productId !== undefined && !product)
      channel.post({
        type: 'aisle:error',
        version: 1,
        code: 'unknown-product',
        message: `product=${JSON.stringify(productId)} in the widget's address is not in the catalog`,
      });
  });
  useEffect(() => {
    if (ready && channel) announce();
  }, [ready, channel]);

  // A new product is a new conversation, in the worker too (no follow-up reaches back to the last one).
  const { restart } = chat;
  useEffect(() => {
    void restart();
  }, [productId, restart]);

  const onHostMessage = useEffectEvent(async (message: HostMessage) => {
    if (!channel) return;
    const refuse = (code: 'not-ready' | 'busy', text: string) =>
      channel.post({ type: 'aisle:error', version: 1, code, message: text, received: message.type });
    switch (message.type) {
      case 'aisle:set-theme':
        if (message.theme) setTheme(message.theme);
        if (message.accent) setAccent(message.accent);
        return;
      case 'aisle:set-language':
        setLocale(message.language);
        return;
      case 'aisle:ask': {
        if (!chat.ready)
          return refuse('not-ready', 'aisle:ask: the assistant is not ready yet; wait for aisle:ready');
        if (useAppStore.getState().chatMessages.at(-1)?.status === 'answering')
          return refuse('busy', 'aisle:ask: the assistant is still answering the last question');
        await chat.send(message.question);
        return;
      }
      case 'aisle:set-product': {
        const refused =
          'productId' in message ? await showById(message.productId) : await showJsonLd(message.product);
        if (refused) channel.post({ type: 'aisle:error', version: 1, ...refused, received: message.type });
        return;
      }
    }
  });
  useEffect(() => channel?.listen((message) => void onHostMessage(message)), [channel]);

  function postProductClick(id: string) {
    channel?.post({ type: 'aisle:product-click', version: 1, productId: id });
  }

  function postAddToCart(id: string, variant: Variant | undefined) {
    channel?.post({
      type: 'aisle:add-to-cart',
      version: 1,
      productId: id,
      variant: variant ? { sku: variant.sku, title: variant.title } : null,
      quantity: 1,
    });
  }

  // Cards under answers link to kiosk pages; in a web shop, the host opens the product instead.
  function onClickCapture(event: MouseEvent) {
    const id = linkedProduct(event);
    if (id === undefined) return;
    event.preventDefault();
    postProductClick(id);
  }

  return (
    <div
      ref={root}
      className="embed"
      data-theme={theme}
      onClickCapture={onClickCapture}
      data-testid="embed.root"
    >
      <EmbedBody
        access={access}
        header={
          <header className="embed-header">
            <h1>{t.embed.heading}</h1>
            <LanguageSwitch />
          </header>
        }
      >
        {catalogError && (
          <p className="error-banner" role="alert" data-testid="catalog.error">
            {catalogErrorText(catalogError, t)}
          </p>
        )}
        {!catalog ? (
          <p className="empty">{t.app.loading}</p>
        ) : (
          <>
            {product ? (
              <EmbedProduct
                key={product.id}
                product={product}
                onOpen={postProductClick}
                onAddToCart={postAddToCart}
              />
            ) : (
              <p className="empty" data-testid="embed.no-product">
                {productId === undefined ? t.embed.noProduct : t.embed.notFound}
              </p>
            )}
            <div className="embed-chat">
              <ChatPanel catalog={catalog} productId={product?.id} chat={chat} />
            </div>
          </>
        )}
      </EmbedBody>
    </div>
  );
}

/** The widget, or why this page may not show it (with a line for the site's developers). */
function EmbedBody({
  access,
  header,
  children,
}: {
  access: HostAccess;
  header: ReactNode;
  children: ReactNode;
}) {
  const t = useMessages();
  if (access.status === 'checking') return null;
  if (access.status === 'refused')
    return (
      <div className="embed-refused" role="alert" data-testid="embed.refused">
        <p>{t.embed.notAllowed}</p>
        <p className="muted">{t.embed.notAllowedDetail(access.origin ?? t.embed.unknownOrigin)}</p>
        {access.issues.map((issue) => (
          <p className="muted" key={issue}>
            {issue}
          </p>
        ))}
      </div>
    );
  return (
    <>
      {header}
      {children}
    </>
  );
}
