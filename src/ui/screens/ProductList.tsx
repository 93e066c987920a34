import type { Catalog } from '../../core/catalog/index.ts';
import { ProductCard } from '../components/ProductCard.tsx';

export function ProductList({ catalog, category }: { catalog: Catalog; category: string }) {
  const products = catalog.products.filter((p) => p.categoryPath[0] === category);
  return (
    <main className="screen">
      <h1 data-testid="catalog.category-title">{category}</h1>
      {products.length === 0 ? (
        <p className="empty">There is nothing in this category right now. Please ask a member of staff.</p>
      ) : (
        <div className="grid">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} locale={catalog.store.locale} />
          ))}
        </div>
      )}
    </main>
  );
}
