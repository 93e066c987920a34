/** SQuAD-style answer scoring: lower case, no punctuation, no articles, then token overlap. */

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Token F1 of a prediction against a reference answer (0 when either is empty). */
export function tokenF1(prediction: string, reference: string): number {
  const predicted = tokens(prediction);
  const expected = tokens(reference);
  if (predicted.length === 0 || expected.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of expected) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of predicted) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** "yes" or "no" when a text starts with that word. */
export function leadingYesNo(text: string): 'yes' | 'no' | undefined {
  const [first] = tokens(text);
  return first === 'yes' || first === 'no' ? first : undefined;
}

/** The words two texts share, as a set (the baseline's measure of closeness). */
export function sharedWords(a: string, b: string): number {
  const mine = new Set(tokens(a));
  let shared = 0;
  for (const t of new Set(tokens(b))) if (mine.has(t)) shared++;
  return shared;
}

/** Words for comparing stretches of text: punctuation splits ("sounds..4-year-olds" is four words here). */
function spaced(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** Whether a passage of the page is (part of) a snippet, compared as words. */
export function within(passage: string, snippet: string): boolean {
  const p = spaced(passage);
  const s = spaced(snippet);
  return p.length > 0 && s.length > 0 && (` ${s} `.includes(` ${p} `) || ` ${p} `.includes(` ${s} `));
}
