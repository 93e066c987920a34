import type { Catalog } from '../../core/catalog/index.ts';
import { AskEntry } from '../components/AskEntry.tsx';
import { CategoryTiles } from '../components/CategoryTiles.tsx';
import { DisplayToggles } from '../components/DisplayToggles.tsx';
import { useMessages } from '../hooks/use-messages.ts';
import { generalSuggestions } from '../suggestions.ts';

/** The shopper's home: ask (typed or tapped), or browse the categories. */
export function HomeScreen({ catalog }: { catalog: Catalog }) {
  const t = useMessages();
  return (
    <main className="screen home-screen">
      <h1>{t.browse.heading}</h1>
      <AskEntry suggestions={generalSuggestions(catalog, t.chat)} />
      <DisplayToggles />
      <h2>{t.home.categories}</h2>
      <CategoryTiles catalog={catalog} />
    </main>
  );
}
