const HAN = /\p{Script=Han}/u;

/**
 * An English word reduced to what its inflections share ("batteries" → "battery", "included" →
 * "includ", "charging" → "charg"), so a question and a passage meet on the same term. A minimal suffix
 * trim, not a full stemmer: plurals, -ed, -ing and a final e; Chinese, numbers and short words pass
 * unchanged. Expects a lower-cased word, as `words` and `terms` give them.
 */
export function stemWord(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (HAN.test(w) || /\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2).replace(/e$/, '');
  if (w.endsWith('es') && w.length > 4) return w.slice(0, -1).replace(/e$/, '');
  if (w.endsWith('s')) return w.slice(0, -1);
  return w.replace(/e$/, '');
}
