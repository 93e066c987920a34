import type { Catalog } from '../../core/catalog/index.ts';
import { ProductCard } from '../components/ProductCard.tsx';
import { useMessages } from '../hooks/use-messages.ts';

export function ProductList({ catalog, category }: { catalog: Catalog; category: string }) {
  const t = useMessages();
  const products = catalog.products.filter((p) => p.categoryPath[0] === category);
  return (
    <main className="screen">
      <h1 data-testid="catalog.category-title">{category}</h1>
      {products.length === 0 ? (
        <p className="empty">{t.browse.emptyCategory}</p>
      ) : (
        <div className="grid">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </div>
      )}
    </main>
  );
}
