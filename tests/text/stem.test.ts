import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/core/text/stem.ts';

describe('the English suffix stemmer', () => {
  it('brings a word’s inflections to one term', () => {
    expect(stemWord('batteries')).toBe(stemWord('battery'));
    expect(stemWord('included')).toBe(stemWord('includes'));
    expect(stemWord('include')).toBe(stemWord('including'));
    expect(stemWord('boxes')).toBe(stemWord('box'));
    expect(stemWord('lego’s')).toBe('lego');
  });

  it('leaves words that only look inflected, numbers, Chinese and short words alone', () => {
    expect(stemWord('glass')).toBe('glass');
    expect(stemWord('bus')).toBe('bus');
    expect(stemWord('tennis')).toBe('tennis');
    expect(stemWord('18v')).toBe('18v');
    expect(stemWord('电池')).toBe('电池');
    expect(stemWord('red')).toBe('red');
  });
});
