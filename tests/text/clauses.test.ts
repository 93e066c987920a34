import { describe, expect, it } from 'vitest';
import { clauses, joinClauses } from '../../src/core/text/clauses.ts';

describe('clauses of a sentence', () => {
  it('splits at semicolons, brackets, dashes and glued full stops, keeping what separates them', () => {
    const text = 'Compatible with ipad 1-4 (ipad not included); charges fast - about 2 hours.it is light';
    const parts = clauses(text);
    expect(parts.map((p) => p.text)).toEqual([
      'Compatible with ipad 1-4',
      'ipad not included',
      'charges fast',
      'about 2 hours',
      'it is light',
    ]);
    expect(joinClauses(parts)).toBe(text);
  });

  it('splits at commas only inside a long clause, and never inside a number', () => {
    expect(clauses('red, blue, green and yellow').map((p) => p.text)).toEqual([
      'red, blue, green and yellow',
    ]);
    const long =
      'it comes with 1,000 pieces, a sorting tray, a poster and a booklet for the youngest builders';
    expect(clauses(long, 8).map((p) => p.text)).toEqual([
      'it comes with 1,000 pieces',
      'a sorting tray',
      'a poster and a booklet for the youngest builders',
    ]);
  });

  it('keeps the short items of a list together when it splits a long clause at commas', () => {
    const text =
      'the box holds a playing board, 34 maze cards, 24 treasure cards, 4 playing pieces, and a rule book for two to four players';
    expect(clauses(text, 8).map((p) => p.text)).toEqual([
      'the box holds a playing board, 34 maze cards, 24 treasure cards, 4 playing pieces',
      'and a rule book for two to four players',
    ]);
  });

  it('keeps a list with the words that open it', () => {
    const text =
      'use these crayons on various materials including paper, cardboard, glass, even illuminated signs and panels';
    expect(clauses(text, 8).map((p) => p.text)).toEqual([
      'use these crayons on various materials including paper, cardboard, glass',
      'even illuminated signs and panels',
    ]);
  });

  it('splits Chinese at full-width separators', () => {
    expect(clauses('适合三岁以上（不含电池）').map((p) => p.text)).toEqual(['适合三岁以上', '不含电池']);
  });
});
