import type { Product } from './types.ts';

/** What a generated placeholder image shows: the product's initials on a colour fixed per category. */
export interface PlaceholderArt {
  initials: string;
  hue: number;
  label: string;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function placeholderArt(product: Pick<Product, 'title' | 'categoryPath'>): PlaceholderArt {
  const words = product.title.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const initials = words
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  const category = product.categoryPath[0] ?? '';
  return { initials: initials || '?', hue: hash(category) % 360, label: category };
}
