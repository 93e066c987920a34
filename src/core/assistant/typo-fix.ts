/**
 * Mild spelling repair for the words the intent rules key on ("waranty", "comapre", "reveiws"), so a
 * shopper typing fast on a kiosk keyboard still reaches the right answer.
 */

/** Misspellings too short for edit distance to catch safely. */
const KNOWN_TYPOS: Record<string, string> = {
  prise: 'price',
  pirce: 'price',
  prcie: 'price',
  stok: 'stock',
  sotck: 'stock',
  stcok: 'stock',
  hw: 'how',
  hwo: 'how',
  waht: 'what',
  wat: 'what',
  whta: 'what',
  u: 'you',
  r: 'are',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  helo: 'hello',
  hallo: 'hello',
  hii: 'hi',
  hiya: 'hi',
  cheep: 'cheap',
  cheeper: 'cheaper',
  colur: 'colour',
  vs: 'versus',
};

/**
 * Words long enough that one slip (two for the longest) is a typo rather than another word. Short words
 * such as "store" or "stock" are left out on purpose: "stove" and "stick" are products, not typos.
 */
const FUZZY_TARGETS = [
  'warranty',
  'guarantee',
  'compare',
  'comparison',
  'difference',
  'different',
  'reviews',
  'review',
  'recommend',
  'recommendation',
  'describe',
  'description',
  'returns',
  'refund',
  'exchange',
  'opening',
  'cheaper',
  'cheapest',
  'available',
  'availability',
  'delivery',
  'shipping',
  'colour',
  'colours',
  'payment',
  'location',
  'instructions',
  'similar',
  'between',
  'dimensions',
  'material',
  'expensive',
  'customers',
  'suggest',
  'looking',
];

const TARGET_SET = new Set(FUZZY_TARGETS);

/** Damerau-Levenshtein distance (adjacent swaps count as one edit), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0];
  if (first) for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    const above = rows[i - 1] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

function fixWord(word: string): string {
  const known = KNOWN_TYPOS[word];
  if (known !== undefined) return known;
  if (word.length < 5 || TARGET_SET.has(word) || /\d/.test(word)) return word;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (const target of FUZZY_TARGETS) {
    // Same first letter: shoppers rarely mistype the first letter, and it keeps real words apart.
    if (target[0] !== word[0]) continue;
    const distance = editDistance(word, target, allowed);
    if (distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}

/** Lower-cases the message, straightens quotes and repairs likely typos in the intent keywords. */
export function normaliseMessage(message: string): string {
  const lower = message
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  return lower.replace(/[a-z]+/g, (word) => fixWord(word));
}
