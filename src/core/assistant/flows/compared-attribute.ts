import { detectLocale } from '../../../i18n/locale.ts';
import type { Product } from '../../catalog/types.ts';
import type { TextEmbedder } from '../../search/product-search.ts';
import { EMBEDDER_TRUST } from '../../search/embedder-trust.ts';
import { embedWithPassageCache } from '../evidence/passage-vectors.ts';
import { askedQuantities } from '../evidence/quantity.ts';
import { contentTerms, nameShareIn } from '../evidence/terms.ts';
import { findNumbers } from '../../text/numbers.ts';
import { attributeDimension, inBaseUnits, UNIT_DIMENSIONS } from '../../text/units.ts';
import type { Lexicon } from '../understand/lexicon/index.ts';
import { clausesOf } from '../understand/meaning.ts';
import { hasPhrase } from '../understand/phrases.ts';

/**
 * How close in meaning an attribute's name must be to the question to be what it compares. With
 * all-MiniLM-L6-v2, "which one is lighter?" is 0.45 from "Weight" and "which is bigger?" 0.56 from
 * "Size", while "which is better?" and "what's the difference?" stay under 0.3 from any name.
 */
const ATTRIBUTE_MIN = 0.42;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * The attribute a comparison asks about ("which one is lighter?" → Weight): of the names at least two
 * of the products give a value for, the one closest to the question in meaning and in the words it
 * shares with the name, if close enough.
 */
export async function comparedAttribute(
  question: string,
  products: readonly Product[],
  embed: TextEmbedder,
): Promise<string | undefined> {
  const names = [...new Set(products.flatMap((product) => Object.keys(product.attributes)))].filter(
    (name) => products.filter((product) => product.attributes[name]?.trim()).length >= 2,
  );
  if (names.length === 0 || question.trim() === '') return undefined;
  // The question and each of its clauses: "the A or the B, which one is lighter?" asks in its last one.
  const { queries, passages } = await embedWithPassageCache(embed, [question, ...clausesOf(question)], names);
  if (queries.length === 0) return undefined;
  const trust = EMBEDDER_TRUST[detectLocale(question, 'en')];
  const asked = new Set(contentTerms(question));
  // "哪个更轻" asks a weight: an attribute that gives weights (重量: 98g) is what it compares.
  const measures: ReadonlySet<string> = askedQuantities(question);
  const measuresAsked = (name: string) => {
    const dimension = measureOf(name, products);
    return dimension !== undefined && measures.has(dimension) ? 1 : 0;
  };
  let best: { name: string; score: number } | undefined;
  names.forEach((name, i) => {
    const vector = passages[i];
    // A name the question writes is what it compares, whether or not the embedder reads the language.
    const closeness = vector ? Math.max(...queries.map((query) => dot(query, vector))) : 0;
    const score = trust * closeness + Math.max(nameShareIn(name, asked), measuresAsked(name));
    if (score >= ATTRIBUTE_MIN && score > (best?.score ?? -1)) best = { name, score };
  });
  return best?.name;
}

/** The kind of measure an attribute gives: by its name ("Weight: 4"), else by the unit of its values. */
function measureOf(name: string, products: readonly Product[]): string | undefined {
  const named = attributeDimension(name);
  if (named !== undefined) return named;
  const units = products.flatMap((product) =>
    findNumbers(product.attributes[name] ?? '').flatMap((m) => (m.unit === undefined ? [] : [m.unit])),
  );
  const dimensions = new Set(units.map((unit) => UNIT_DIMENSIONS[unit]));
  const [only] = dimensions;
  return dimensions.size === 1 ? only : undefined;
}

/** Which way a comparison looks: "which one is lighter?" for the least, "哪个续航更久" for the most. */
export function comparedDirection(question: string, words: Lexicon): 'most' | 'least' | undefined {
  const less = hasPhrase(question, words.less);
  const more = hasPhrase(question, words.more);
  return less === more ? undefined : less ? 'least' : 'most';
}

/**
 * Of the products that give a value for an attribute, the one with the most or least of it, when each
 * value reads as an amount of one kind ("2 lbs" and "1.2 kg" compare; "典型使用14天" and "21天" too); undefined otherwise, or on a tie.
 */
export function extremeOf(
  products: readonly Product[],
  attribute: string,
  direction: 'most' | 'least',
): Product | undefined {
  const valued = products.filter((product) => product.attributes[attribute]?.trim());
  if (valued.length < 2) return undefined;
  const amounts = valued.map((product) => {
    const [first] = findNumbers(product.attributes[attribute] ?? '').filter((m) => m.kind === 'number');
    return first ? inBaseUnits(first.value, first.unit) : undefined;
  });
  const [one] = amounts;
  if (!one || amounts.some((amount) => amount?.dimension !== one.dimension)) return undefined;
  const values = amounts.map((amount) => amount?.amount ?? Number.NaN);
  const best = direction === 'most' ? Math.max(...values) : Math.min(...values);
  const at = values.filter((value) => value === best);
  return at.length === 1 ? valued[values.indexOf(best)] : undefined;
}
