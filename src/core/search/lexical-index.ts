import MiniSearch from 'minisearch';
import type { Product } from '../catalog/types.ts';
import { FIELD_BOOST, SEARCH_FIELDS, searchDocument, type SearchDocument } from './documents.ts';
import { searchTerms } from './terms.ts';

/** A ranked match: the product's position in the catalog and its BM25 score. */
export interface ScoredPosition {
  position: number;
  score: number;
  /**
   * For lexical hits: whether a query word was found as written (or as the start of a longer word), or
   * a long word with a typo. A short word one letter away ("jacket" for "racket") is no evidence.
   */
  sure?: boolean;
}

/** A typo in a word this long is still that word; in a shorter one it is often another word. */
const SURE_FUZZY_LENGTH = 7;

/** Whether any query word that matched is a sure match (see ScoredPosition.sure). Numbers never are. */
function isSure(matchedQueryTerms: readonly string[], documentTerms: readonly string[]): boolean {
  return matchedQueryTerms.some(
    (term) =>
      !/^\d+(\.\d+)?$/.test(term) &&
      (term.length >= SURE_FUZZY_LENGTH ||
        documentTerms.some((found) => found === term || (term.length >= 3 && found.startsWith(term)))),
  );
}

/**
 * Typo tolerance grows with the word: none for short words (where one edit makes another word), one edit
 * from five letters, two from eight.
 */
function fuzziness(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

const OPTIONS = {
  fields: [...SEARCH_FIELDS],
  tokenize: (text: string) => searchTerms(text),
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { ...FIELD_BOOST },
    combineWith: 'OR' as const,
    // A prefix match helps a shopper still typing; a fuzzy one catches a misspelling.
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => fuzziness(term),
    weights: { fuzzy: 0.6, prefix: 0.5 },
  },
};

/** BM25 full-text search over the product fields, by MiniSearch, with our own terms and boosts. */
export class LexicalIndex {
  private constructor(private readonly index: MiniSearch<SearchDocument>) {}

  static build(products: readonly Product[]): LexicalIndex {
    const index = new MiniSearch<SearchDocument>(OPTIONS);
    index.addAll(products.map(searchDocument));
    return new LexicalIndex(index);
  }

  /** The best matches for the words, at most `limit`, restricted to positions `allowed` accepts. */
  search(text: string, limit: number, allowed?: (position: number) => boolean): ScoredPosition[] {
    if (searchTerms(text).length === 0) return [];
    const results = this.index.search(
      text,
      allowed ? { filter: (result) => allowed(Number(result.id)) } : {},
    );
    return results.slice(0, limit).map((result) => ({
      position: Number(result.id),
      score: result.score,
      sure: isSure(result.queryTerms, result.terms),
    }));
  }

  /** Whether some allowed product has every word of the text in its title, as written. */
  titleHasAll(text: string, allowed: (position: number) => boolean): boolean {
    if (searchTerms(text).length === 0) return false;
    const options = { fields: ['title'], combineWith: 'AND' as const, prefix: false, fuzzy: false };
    return this.index.search(text, { ...options, filter: (result) => allowed(Number(result.id)) }).length > 0;
  }

  /** Indexed words close to the query's words, for "did you mean" when nothing matched. */
  suggest(text: string, limit = 3): string[] {
    return this.index
      .autoSuggest(text, { fuzzy: 0.3, prefix: true })
      .slice(0, limit)
      .map((suggestion) => suggestion.suggestion);
  }
}
