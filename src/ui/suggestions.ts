import { categoryCounts, type Catalog } from '../core/catalog/index.ts';
import type { UiMessages } from '../i18n/en/ui.ts';

/** Starting questions from the catalog itself: its biggest categories, a budget, the returns policy. */
export function generalSuggestions(catalog: Catalog, t: UiMessages['chat']): string[] {
  const top = [...categoryCounts(catalog)].sort((a, b) => b[1] - a[1]).slice(0, 2);
  return [...top.map(([name]) => t.showMe(name)), t.underTwenty, t.returnPolicy];
}
