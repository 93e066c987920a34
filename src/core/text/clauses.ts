import { words } from './segment.ts';

/** One clause of a sentence and the separator written after it (", ", "; ", " — ", or ""). */
export interface Clause {
  text: string;
  after: string;
}

const CLAUSE_END = /(\s*(?:[;:；：]|\s[-–—]\s|[(（]|[)）]|\.(?=\p{L}))\s*)/u;
const COMMA = /(,\s+|，\s*)/;
/** Comma-separated pieces this short, two or more in a row, are the items of one list. */
const LIST_ITEM_WORDS = 4;

function split(piece: string, by: RegExp): Clause[] {
  const parts = piece.split(by);
  const out: Clause[] = [];
  for (let i = 0; i < parts.length; i += 2) out.push({ text: parts[i] ?? '', after: parts[i + 1] ?? '' });
  return out;
}

/**
 * Runs of short comma-separated pieces joined again: "34 maze cards, 24 treasure cards, 4 pieces" is one
 * list, and so is one that a longer piece opens ("for paper, cardboard, glass"): a run of two or more short
 * pieces joins the piece before it.
 */
function keepLists(parts: Clause[]): Clause[] {
  const short = (part: Clause | undefined) =>
    part !== undefined && words(part.text).length <= LIST_ITEM_WORDS;
  return parts.reduce<Clause[]>((out, part, i) => {
    const last = out.at(-1);
    const inRun = short(part) && (short(parts[i - 1]) || short(parts[i + 1]));
    if (last && inRun) {
      last.text += last.after + part.text;
      last.after = part.after;
    } else out.push({ ...part });
    return out;
  }, []);
}

/**
 * The clauses of a sentence, each with the separator that follows it, so any stretch of them reads as
 * written when joined: split at ; : ( ), dashes between words and glued full stops ("adapter.it is");
 * at commas too, but only inside a clause longer than `longerThan` words and never between the short
 * items of a list (commas mostly separate the items of a list, which reads best whole). An empty clause is dropped, its separator kept.
 */
export function clauses(text: string, longerThan = 12): Clause[] {
  return split(text, CLAUSE_END)
    .flatMap((clause) =>
      words(clause.text).length > longerThan
        ? keepLists(
            split(clause.text, COMMA).map((part, i, all) =>
              i === all.length - 1 ? { ...part, after: clause.after } : part,
            ),
          )
        : [clause],
    )
    .reduce<Clause[]>((out, clause) => {
      // An empty clause (between ")" and ";") gives its separator to the clause before it.
      const last = out.at(-1);
      if (clause.text.trim() !== '') out.push(clause);
      else if (last) last.after += clause.text + clause.after;
      return out;
    }, []);
}

/** A stretch of clauses as written: each followed by its separator, the last without. */
export function joinClauses(stretch: readonly Clause[]): string {
  return stretch
    .map((part, i) => (i === stretch.length - 1 ? part.text : `${part.text}${part.after}`))
    .join('');
}
