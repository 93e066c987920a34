import { categoryCounts, type Catalog } from '../../core/catalog/index.ts';
import { ProductArt } from '../components/ProductArt.tsx';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';

export function CategoryGrid({ catalog }: { catalog: Catalog }) {
  const t = useMessages();
  const categories = [...categoryCounts(catalog)].sort((a, b) => a[0].localeCompare(b[0]));
  return (
    <main className="screen">
      <h1>{t.browse.heading}</h1>
      <div className="grid">
        {categories.map(([name, count]) => (
          <a
            key={name}
            className="card category-tile"
            href={routeHref({ screen: 'category', category: name })}
            data-testid="catalog.category-tile"
          >
            <ProductArt product={{ title: name, categoryPath: [name], images: [] }} size="tile" />
            <span className="card-title">{name}</span>
            <span className="card-count">{t.browse.productCount(count)}</span>
          </a>
        ))}
      </div>
    </main>
  );
}
