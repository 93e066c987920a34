import type { Product, Variant } from '../../catalog/types.ts';
import { findNumbers } from '../../text/numbers.ts';
import { terms as matchTerms, withoutAsides } from '../../text/segment.ts';
import { canonicalUnit } from '../../text/units.ts';
import { findPhrases } from './phrases.ts';
import { writesColour } from './refinement.ts';

/** The measures a text writes with their unit: "10 inch", "12\"", "10 in" (a unit word read on its own). */
function measuresOf(text: string): { value: number; unit: string }[] {
  return findNumbers(text).flatMap((mention) => {
    const after = /^\s*([\p{L}"']+)/u.exec(text.slice(mention.end))?.[1];
    const unit = mention.kind === 'number' ? (mention.unit ?? canonicalUnit(after)) : undefined;
    return unit === undefined ? [] : [{ value: mention.value, unit }];
  });
}

/**
 * The product's variants whose option value the message writes ("green" of Color: Green); none when
 * the message names none, or when every variant has the value it names.
 */
export function namedVariants(
  text: string,
  product: Product | undefined,
  colours: readonly string[],
): Variant[] {
  if (!product || product.variants.length < 2) return [];
  const said = new Set(matchTerms(text));
  // "The silver one" names the Moonlight Silver variant, "银色的" the 月光银 one: by the colour it writes.
  const saidColours = findPhrases(text, colours).map((found) => found.phrase);
  const saidMeasures = measuresOf(text);
  const writes = (value: string) => {
    // "2段" names 2段（6-12个月）: a value's words in brackets only explain it.
    const head = withoutAsides(value) || value;
    const terms = matchTerms(head);
    const [measure] = measuresOf(head);
    return (
      (terms.length > 0 && terms.every((term) => said.has(term))) ||
      saidColours.some((colour) => writesColour(value, colour)) ||
      // "the 10 inch one" names the 10 in variant, "the 240 ml one" the 240ml one.
      (measure !== undefined &&
        saidMeasures.some((m) => m.value === measure.value && m.unit === measure.unit))
    );
  };
  const found = product.variants.filter((variant) => Object.values(variant.options).some(writes));
  return found.length < product.variants.length ? found : [];
}
