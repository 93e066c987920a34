import type { Product } from '../../catalog/types.ts';
import { escapeRegExp } from '../../text/regex.ts';

/** A word of a text with its place, as written and lower-cased. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** A way a text may name one catalog product: its full title or a distinctive part ("Galaxy S7", "XPS"). */
interface NameCandidate {
  tokens: string[];
  product: Product;
  /** A one-word title that is also an ordinary word ("Kiwi", "Rice"): a name only when capitalised mid-sentence. */
  capitalised?: boolean;
}

/** What the checker needs to know about every name in the catalog, built once per catalog. */
export interface CatalogNames {
  /** Candidates by their first (lower-cased) word. */
  candidates: Map<string, NameCandidate[]>;
  /** Every brand, by its lower-cased form. */
  brands: Map<string, string>;
  /** One regular expression that finds any brand. */
  brandPattern: RegExp | undefined;
  /** Every title and brand as " word word " runs, for "is this name in the catalog at all" lookups. */
  haystack: string;
}

/** Latin words and numbers, and each Chinese character on its own (Chinese has no spaces to split at). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[A-Za-z0-9]+|\p{Script=Han}/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase(),
  }));
}

/** Words that read as model names: "S8", "X21", "iPhone", "MacBook", "XPS". */
export function isModelLike(word: string): boolean {
  return (
    (/^[A-Za-z]+\d/.test(word) && word.length >= 2) || /[a-z][A-Z]/.test(word) || /^[A-Z]{3,}$/.test(word)
  );
}

/** Lower-cased words joined with single spaces and padded, so a phrase can be found with `includes`. */
export function phraseKey(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

function candidatesOf(product: Product): NameCandidate[] {
  const words = tokenize(product.title);
  const lower = words.map((w) => w.lower);
  const found: NameCandidate[] = [];
  const add = (tokens: string[], capitalised?: boolean) => found.push({ tokens, product, capitalised });
  if (words.length >= 2 || (words[0] && isModelLike(words[0].text))) add(lower);
  else if (words[0]) add(lower, true);
  words.forEach((word, i) => {
    if (!isModelLike(word.text)) return;
    add([word.lower]);
    if (i > 0) add(lower.slice(i - 1, i + 1));
    if (i + 1 < words.length) add(lower.slice(i, i + 2));
  });
  // "Rolex Submariner", "Asus Zenbook": the brand and the word after it name a product line.
  const brand = tokenize(product.brand ?? '').map((w) => w.lower);
  if (brand.length > 0 && lower.length > brand.length && brand.every((w, i) => lower[i] === w)) {
    add(lower.slice(0, brand.length + 1));
  }
  return found;
}

/** How many titles contain each phrase of up to `longest` words. */
function phraseCounts(products: readonly Product[], longest: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const product of products) {
    const words = tokenize(product.title).map((w) => w.lower);
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= longest && i + n <= words.length; n++) seen.add(phraseKey(words.slice(i, i + n)));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const cache = new WeakMap<readonly Product[], CatalogNames>();

/** Indexes the catalog's titles and brands (cached per products array). */
export function catalogNames(products: readonly Product[]): CatalogNames {
  const cached = cache.get(products);
  if (cached) return cached;
  const titleKeys = products.map((p) => phraseKey(tokenize(p.title).map((w) => w.lower)));
  const all: NameCandidate[] = [];
  for (const product of products) all.push(...candidatesOf(product));
  // A part shared by many titles ("iPhone", "Samsung Galaxy") singles no product out; full titles always do.
  const titleCounts = phraseCounts(products, Math.max(2, ...all.map((c) => c.tokens.length)));
  const countTitles = (key: string) => titleCounts.get(key) ?? 0;
  const candidates = new Map<string, NameCandidate[]>();
  for (const candidate of all) {
    const key = phraseKey(candidate.tokens);
    const isTitle = key === phraseKey(tokenize(candidate.product.title).map((w) => w.lower));
    if (!isTitle && countTitles(key) > 2) continue;
    const first = candidate.tokens[0] ?? '';
    const list = candidates.get(first) ?? [];
    list.push(candidate);
    candidates.set(first, list);
  }
  const brands = new Map<string, string>();
  for (const product of products) {
    const brand = product.brand?.trim();
    if (brand) brands.set(brand.toLowerCase(), brand);
  }
  const escaped = [...brands.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const brandPattern =
    escaped.length > 0
      ? new RegExp(`(?<![A-Za-z0-9])(${escaped.join('|')})(?![A-Za-z0-9])`, 'gi')
      : undefined;
  const haystack = [
    ...titleKeys,
    ...[...brands.keys()].map((b) => phraseKey(tokenize(b).map((w) => w.lower))),
  ].join('|');
  const names: CatalogNames = { candidates, brands, brandPattern, haystack };
  cache.set(products, names);
  return names;
}

/** Marks the tokens that spell out one of the given titles, returning which titles appeared. */
export function maskTitles(tokens: Token[], titles: string[][], masked: boolean[]): Set<number> {
  const seen = new Set<number>();
  titles.forEach((title, which) => {
    if (title.length === 0) return;
    for (let i = 0; i + title.length <= tokens.length; i++) {
      if (title.every((word, k) => tokens[i + k]?.lower === word)) {
        seen.add(which);
        for (let k = 0; k < title.length; k++) masked[i + k] = true;
      }
    }
  });
  return seen;
}

/** Catalog products named by a part of the text that is not masked, longest name first at each word. */
export function namedProducts(
  tokens: Token[],
  masked: boolean[],
  names: CatalogNames,
): { product: Product; from: number; to: number }[] {
  const found: { product: Product; from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i]) continue;
    const options = names.candidates.get(tokens[i]?.lower ?? '') ?? [];
    const written = tokens[i]?.text ?? '';
    const hits = options.filter(
      (c) =>
        i + c.tokens.length <= tokens.length &&
        c.tokens.every((word, k) => tokens[i + k]?.lower === word && !masked[i + k]) &&
        (!c.capitalised || (i > 0 && /^[A-Z]/.test(written))),
    );
    const longest = Math.max(0, ...hits.map((c) => c.tokens.length));
    for (const hit of hits) {
      if (hit.tokens.length === longest) found.push({ product: hit.product, from: i, to: i + longest });
    }
    // "Samsung Galaxy S8" is one mention, not also "Galaxy S8" and "S8".
    if (longest > 0) i += longest - 1;
  }
  return found;
}

const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * Capitalised, model-like names ("Galaxy Z9", "ProMax 3000", "iPhone 15"), found as runs of capitalised
 * words, model words and the numbers after them. Tokens for which `skip` is true (names already checked,
 * prices) break runs. A sentence's first word is only kept when the catalog knows it, since every sentence
 * starts with a capital.
 */
export function modelNames(
  sentence: string,
  tokens: Token[],
  skip: (index: number) => boolean,
  known: (word: string) => boolean,
): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    const first = run[0];
    if (first && first.start === tokens[0]?.start && !isModelLike(first.text) && !known(first.lower)) {
      run = run.slice(1);
    }
    const hasModel = run.some((t) => isModelLike(t.text));
    const capitalThenNumber = run.some(
      (t, i) => /^[A-Z]/.test(t.text) && /^\d+$/.test(run[i + 1]?.text ?? ''),
    );
    if (run.length > 0 && (hasModel || capitalThenNumber) && !NOT_NAMES.has(run[0]?.lower ?? ''))
      runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const joined =
      previous !== undefined && run.length > 0 && /^[ -]$/.test(sentence.slice(previous.end, token.start));
    if (!joined) flush();
    if (skip(i)) return flush();
    const word = token.text;
    if (/^[A-Z]/.test(word) || isModelLike(word) || (/^\d+$/.test(word) && run.length > 0)) run.push(token);
    else flush();
  });
  flush();
  return runs;
}
