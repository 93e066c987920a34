/**
 * How product text and queries become search terms: lower case, accents folded, simple English plural
 * endings removed, and a small table of everyday shop synonyms folded onto one term. Both the index and
 * the query go through the same function, so "Sneakers" finds "shoes" and "glasses" finds "sunglasses".
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
    'that the this to was we with you your do does any some want need looking find get buy'
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

/** Folds accents and case: "Crème" → "creme". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Splits text into raw words; "t-shirt" stays one word ("tshirt"), "4.5" stays a number. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/(\p{L})[-'’](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}.]+|(?<!\d)\.|\.(?!\d)/u)
    .filter((word) => word.length > 0);
}

/**
 * One word as the index stores it: its singular form, plus the synonym group's word when it has one (so
 * "sunglasses" is found both as itself, typos included, and as "glasses"). Empty for a stop word.
 */
export function searchTerm(word: string): string[] {
  if (STOP_WORDS.has(word)) return [];
  const base = singular(word);
  const synonym = SYNONYMS.get(word) ?? SYNONYMS.get(base);
  return synonym === undefined || synonym === base ? [base] : [base, synonym];
}

/** Text to index terms (MiniSearch's tokenizer and processTerm in one). */
export function searchTerms(text: string): string[] {
  return words(text).flatMap(searchTerm);
}
