/**
 * The closed-class words review reading needs in one language: sentiment words with a weight (positive
 * is praise), the few multi-word expressions whose meaning is not their words', negators, intensifiers,
 * the words that make the next one a complaint ("too", 太), contrast words that split a clause, the
 * determiners that name the product ("these boots"), and the function words that are never a topic.
 */
export interface ReviewLexicon {
  sentiment: ReadonlyMap<string, number>;
  /** Space-separated words as `words()` gives them, matched before single words. */
  expressions: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  excess: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  productDeterminers: ReadonlySet<string>;
  /** Words a quoted phrase may open with, so it reads as said ("the fit is good", "they are comfy"). */
  phraseOpeners: ReadonlySet<string>;
  /** The reviewer speaking of themself: a phrase without these reads better in a summary. */
  firstPerson: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** A reviewer recommending the product ("highly recommend", 推荐), and what before it says they do not. */
  recommends: RegExp;
  notBefore: RegExp;
  /** What after it makes it advice on something else ("recommend ordering a size up"). */
  notAfter: RegExp;
}

/** "good great nice" → each word with the weight. */
export function weighted(weight: number, list: string): [string, number][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, weight]);
}

export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
