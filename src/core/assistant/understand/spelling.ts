/**
 * Mild spelling repair for a shopper typing fast on a kiosk keyboard: a word that is neither in the
 * catalog nor in the exemplar sentences, one slip (two for long words) away from an exemplar word with
 * the same first letter, becomes that word. The targets are the exemplars' own words, so nothing here
 * lists keywords; catalog words are never touched ("stove" stays a stove, not a "store").
 */

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each other on a QWERTY keyboard, in a row or diagonally between rows. */
function neighbours(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = found.get(x) ?? new Set<string>();
      set.add(y);
      found.set(x, set);
    }
  };
  KEYBOARD_ROWS.forEach((row, r) => {
    const below = KEYBOARD_ROWS[r + 1] ?? '';
    for (let i = 0; i < row.length; i++) {
      link(row[i], row[i + 1]);
      link(row[i], below[i]);
      link(row[i], below[i - 1]);
    }
  });
  return found;
}

const NEIGHBOURS = neighbours();
const VOWELS = new Set('aeiouy');

/**
 * What putting one letter for another costs: a slip of the finger (neighbouring keys) or of spelling (a
 * vowel for a vowel) is one edit; any other swap is a different word ("charge" is not "change"), as
 * costly as a deletion and an insertion.
 */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (NEIGHBOURS.get(a)?.has(b) || (VOWELS.has(a) && VOWELS.has(b))) return 1;
  return 2;
}

/**
 * Damerau-Levenshtein distance (adjacent swaps count as one edit, substitutions as `substitutionCost`),
 * stopping early past `limit`.
 */
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
      const cost = substitutionCost(a[i - 1] ?? '', b[j - 1] ?? '');
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Exemplar words long enough for a slip to be told apart from another word. */
const MIN_LENGTH = 4;

/** One word is the other with an ending added ("charge", "charger"): another form, not a slip. */
function isOtherForm(word: string, target: string): boolean {
  return target.startsWith(word) || word.startsWith(target);
}

function repairWord(word: string, targets: ReadonlySet<string>, known: (word: string) => boolean): string {
  // A contraction ("doesn't") is written as meant; its pieces are not words to repair.
  if (word.length < MIN_LENGTH || word.includes("'") || /\d/.test(word)) return word;
  if (targets.has(word) || known(word)) return word;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (const target of targets) {
    // Same first letter: shoppers rarely mistype the first letter, and it keeps real words apart.
    if (target[0] !== word[0] || target.length < MIN_LENGTH || isOtherForm(word, target)) continue;
    const distance = editDistance(word, target, allowed);
    if (distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Latin words of a lower-cased message with likely slips repaired towards `targets`. */
export function repairSpelling(
  text: string,
  targets: ReadonlySet<string>,
  known: (word: string) => boolean,
): string {
  return text.replace(/[a-z0-9]+(?:'[a-z]+)*/g, (word) => repairWord(word, targets, known));
}
