import { findNumbers } from '../text/numbers.ts';
import { foldText, hasHan, terms } from '../text/segment.ts';

/**
 * How product text and queries become search terms: the text layer's terms (lower case, accents folded,
 * Chinese as characters and bigrams), simple English plural endings removed, and a small table of everyday
 * shop synonyms folded onto one term. Both the index and the query go through the same function, so
 * "Sneakers" finds "shoes", "glasses" finds "sunglasses" and "华为手机" finds "华为 P50 Pro 智能手机".
 */

/** Words shoppers use interchangeably; each group folds onto its first word. General retail language only. */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['shoe', 'sneaker', 'trainer', 'footwear'],
  ['phone', 'smartphone', 'cellphone', 'mobile'],
  ['laptop', 'notebook'],
  ['tv', 'television'],
  ['sofa', 'couch'],
  ['perfume', 'fragrance', 'cologne', 'scent'],
  ['tshirt', 'tee'],
  ['bag', 'handbag', 'purse'],
  ['watch', 'wristwatch'],
  ['glasses', 'sunglasses', 'shades', 'spectacles'],
  ['bike', 'bicycle'],
  ['motorcycle', 'motorbike'],
  ['earphone', 'earbud', 'headphone', 'headset'],
  ['fridge', 'refrigerator'],
  ['cheap', 'affordable', 'budget', 'inexpensive'],
  ['kid', 'child', 'children'],
  ['woman', 'women', 'ladies', 'lady', 'womens'],
  ['man', 'men', 'mens', 'gents'],
];

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group[0] ?? word] as const)),
);

/** Words too common in shop text to help ranking. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by for from has have i in is it its me my of on or our please show ' +
    'that the this to was we with you your do does any some want need looking find get buy ' +
    // Chinese particles and pronouns, as single characters: "我想买的" says nothing about the product.
    '的 了 吗 呢 吧 啊 我 你 想 要 买 有 是 在 和 与 请 找 个 些 这 那'
  ).split(' '),
);

/** Removes a plural ending: "watches" → "watch", "batteries" → "battery", "shoes" → "shoe". */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export { foldText };

/** Splits text into raw terms through the text layer: Latin words ("t-shirt" as "tshirt", "4.5" whole), Chinese characters and bigrams. */
export function words(text: string): string[] {
  return terms(text);
}

/**
 * One word as the index stores it: its singular form, plus the synonym group's word when it has one (so
 * "sunglasses" is found both as itself, typos included, and as "glasses"). Empty for a stop word.
 */
export function searchTerm(word: string): string[] {
  if (STOP_WORDS.has(word)) return [];
  if (hasHan(word)) return [word];
  const base = singular(word);
  const synonym = SYNONYMS.get(word) ?? SYNONYMS.get(base);
  return synonym === undefined || synonym === base ? [base] : [base, synonym];
}

/**
 * Each measure of a text as one term, its number and its unit's canonical name: "20000mAh", "20000 mAh"
 * and "20000毫安" are all 20000mah, "15厘米" and "15 cm" both 15cm, so a shopper's spelling of a measure
 * finds the catalog's.
 */
function measureTerms(text: string): string[] {
  return findNumbers(text).flatMap((n) => (n.unit ? [`${n.value}${n.unit}`] : []));
}

/** Text to index terms (MiniSearch's tokenizer and processTerm in one). */
export function searchTerms(text: string): string[] {
  const measures = measureTerms(text);
  const plain = words(text).flatMap(searchTerm);
  return measures.length === 0 ? plain : [...plain, ...measures.filter((term) => !plain.includes(term))];
}
