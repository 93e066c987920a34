import type { Product } from '../../catalog/types.ts';
import { terms as matchTerms } from '../../text/segment.ts';
import type { Lexicon } from '../understand/lexicon/index.ts';

/** The lexicon's material words a text writes: whole words in English, as written in Chinese. */
function materialsIn(text: string, lexicon: Lexicon): string[] {
  if (lexicon.locale === 'zh') return lexicon.materials.filter((material) => text.includes(material));
  const said = new Set(matchTerms(text));
  return lexicon.materials.filter((material) => said.has(material));
}

/**
 * What the product is made of: the value of its material attribute ("Material: Solid oak") when it has
 * one, else the material words its own title, description, bullet points, tags and attribute values
 * write ("Brown leather chair"). Empty when the catalog does not say.
 */
export function productMaterials(product: Product, lexicon: Lexicon): string[] {
  const names = new Set(lexicon.materialOptions.map((name) => name.toLowerCase()));
  const stated = Object.entries(product.attributes)
    .filter(([name]) => names.has(name.toLowerCase()))
    .map(([, value]) => value.trim())
    .filter((value) => value.length > 0);
  if (stated.length > 0) return stated;
  const text = [
    product.title,
    product.description,
    ...(product.highlights ?? []),
    ...product.tags,
    ...Object.values(product.attributes),
    ...product.variants.flatMap((variant) => Object.values(variant.options)),
  ].join(' \n ');
  return materialsIn(text.toLowerCase(), lexicon);
}

/** The materials a question names ("are those plastic?"): a yes/no question checks them. */
export function askedMaterials(question: string, lexicon: Lexicon): string[] {
  return materialsIn(question.toLowerCase(), lexicon);
}

/** Whether the product's materials hold every material asked ("leather" in "Genuine leather"). */
export function madeOfAll(materials: readonly string[], asked: readonly string[], lexicon: Lexicon): boolean {
  const held = materials.join(' \n ').toLowerCase();
  const found = new Set(materialsIn(held, lexicon));
  return asked.every((material) => found.has(material) || held.includes(material));
}
