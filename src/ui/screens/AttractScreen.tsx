import { useEffect, useMemo, useState } from 'react';
import { categoryCounts, type Catalog, type Product } from '../../core/catalog/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { useAppStore } from '../../state/store.ts';
import { PriceTag } from '../components/PriceTag.tsx';
import { ProductArt } from '../components/ProductArt.tsx';
import { StoreName } from '../components/StoreName.tsx';
import { routeHref } from '../route.ts';

const FEATURED = 6;
const SHOWN = 3;
const ROTATE_MS = 6000;
/** Both languages invite the shopper; each button starts the session in its own. */
const SESSION_LANGUAGES: { locale: Locale; tag: string }[] = [
  { locale: 'en', tag: 'en' },
  { locale: 'zh', tag: 'zh-CN' },
];

function openHome(): void {
  window.location.hash = routeHref({ screen: 'home' });
}

/** The best-rated products a shopper can buy now: what the loop shows between shoppers. */
function featuredProducts(catalog: Catalog): Product[] {
  return catalog.products
    .filter((p) => p.availability === 'in-stock' || p.availability === 'low-stock')
    .sort((a, b) => (b.rating?.average ?? 0) - (a.rating?.average ?? 0))
    .slice(0, FEATURED);
}

/**
 * The attract loop: featured products and categories turning over, and "Tap to ask" in both languages.
 * A tap anywhere starts a session in the language on screen; each language's button starts it in that one.
 */
export function AttractScreen({
  catalog,
  storeName,
  onStaffGesture,
}: {
  catalog: Catalog | null;
  storeName: string;
  onStaffGesture(): void;
}) {
  const setLocale = useAppStore((s) => s.setLocale);
  const [turn, setTurn] = useState(0);
  const featured = useMemo(() => (catalog ? featuredProducts(catalog) : []), [catalog]);
  const categories = useMemo(
    () => (catalog ? [...categoryCounts(catalog)].sort((a, b) => b[1] - a[1]).slice(0, 6) : []),
    [catalog],
  );

  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), ROTATE_MS);
    return () => clearInterval(timer);
  }, []);

  const start = (locale?: Locale) => {
    if (locale) setLocale(locale);
    openHome();
  };
  const shown =
    featured.length === 0
      ? []
      : Array.from(
          { length: Math.min(SHOWN, featured.length) },
          (_, i) => featured[(turn + i) % featured.length],
        ).flatMap((p) => (p ? [p] : []));
  const en = messages('en').ui.attract;

  return (
    <main className="attract" onClick={() => start()} data-testid="attract.screen">
      {/* The store's name is what the screen is about: its one heading. */}
      <h1 className="attract-top">
        <StoreName name={storeName} onStaffGesture={onStaffGesture} />
      </h1>
      <section className="attract-featured" aria-label={en.featured}>
        {shown.map((product) => (
          <div className="card attract-card" key={product.id}>
            <ProductArt product={product} size="tile" />
            <span className="card-title">{product.title}</span>
            <PriceTag product={product} />
          </div>
        ))}
      </section>
      <ul className="attract-categories">
        {categories.map(([name]) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <div className="attract-actions">
        {SESSION_LANGUAGES.map(({ locale, tag }) => (
          <p className="attract-tagline" lang={tag} key={locale}>
            {messages(locale).ui.attract.tagline}
          </p>
        ))}
        {SESSION_LANGUAGES.map(({ locale, tag }) => (
          <button
            type="button"
            className="attract-button"
            lang={tag}
            key={locale}
            onClick={(event) => {
              event.stopPropagation();
              start(locale);
            }}
            data-testid={`attract.start-${locale}`}
          >
            {messages(locale).ui.attract.tapToAsk}
          </button>
        ))}
      </div>
    </main>
  );
}
