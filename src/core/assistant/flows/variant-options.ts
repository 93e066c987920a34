import type { Product, Variant } from '../../catalog/types.ts';
import { contentTerms } from '../evidence/terms.ts';

/** One option of a product (its "Size", its "颜色") and the values its variants or attributes give it. */
export interface ProductOption {
  name: string;
  values: { value: string; variants: Variant[] }[];
}

/** The product's variant options, by name, in catalog order, each value with the variants that have it. */
function variantOptions(product: Product): ProductOption[] {
  const byName = new Map<string, Map<string, Variant[]>>();
  for (const variant of product.variants)
    for (const [name, value] of Object.entries(variant.options)) {
      const values = byName.get(name) ?? new Map<string, Variant[]>();
      values.set(value, [...(values.get(value) ?? []), variant]);
      byName.set(name, values);
    }
  return [...byName].map(([name, values]) => ({
    name,
    values: [...values].map(([value, variants]) => ({ value, variants })),
  }));
}

/** The option (a variant option, else an attribute) whose name is one of `names`. */
export function optionNamed(product: Product, names: readonly string[]): ProductOption | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const option = variantOptions(product).find((o) => wanted.has(o.name.toLowerCase()));
  if (option) return option;
  const attribute = Object.entries(product.attributes).find(([name]) => wanted.has(name.toLowerCase()));
  return attribute ? { name: attribute[0], values: [{ value: attribute[1], variants: [] }] } : undefined;
}

/**
 * The one variant option that is not one of the colour options, when a product has exactly one: what
 * "what sizes does it come in?" asks of a knife sold by "Blade Length", or of formula sold by "段数".
 */
export function soleOtherOption(product: Product, colourNames: readonly string[]): ProductOption | undefined {
  const colours = new Set(colourNames.map((name) => name.toLowerCase()));
  const others = variantOptions(product).filter(
    (o) => !colours.has(o.name.toLowerCase()) && o.values.length > 1,
  );
  return others.length === 1 ? others[0] : undefined;
}

/**
 * The variant option a question asks about by its own words: its whole name ("what blade lengths…"), or
 * a word that every one of its values writes and the title does not ("有几段的" of 1段, 2段, 3段).
 */
export function askedOption(product: Product, question: string): ProductOption | undefined {
  const asked = new Set(contentTerms(question));
  const title = new Set(contentTerms(product.title));
  return variantOptions(product).find((option) => {
    if (option.values.length < 2) return false;
    const name = contentTerms(option.name);
    if (name.length > 0 && name.every((term) => asked.has(term))) return true;
    const [first, ...rest] = option.values.map((v) => new Set(contentTerms(v.value)));
    if (!first) return false;
    const shared = [...first].filter((term) => rest.every((terms) => terms.has(term)));
    return shared.some((term) => asked.has(term) && !title.has(term) && !/^\d/.test(term));
  });
}
