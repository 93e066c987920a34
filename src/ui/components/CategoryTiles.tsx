import { categoryCounts, type Catalog } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { ProductArt } from './ProductArt.tsx';

/** The catalog's categories as large tiles, with their product counts, in alphabetical order. */
export function CategoryTiles({ catalog }: { catalog: Catalog }) {
  const t = useMessages();
  const categories = [...categoryCounts(catalog)].sort((a, b) => a[0].localeCompare(b[0]));
  return (
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
  );
}
