import { describe, expect, it } from 'vitest';
import { repairSpelling } from '../../src/core/assistant/understand/spelling.ts';

const targets = new Set(['warranty', 'does', 'charger', 'return', 'shipping', 'change', 'price']);
const known = (word: string) => word === 'stove';

describe('spelling repair', () => {
  it('repairs a slip towards a word the exemplars use', () => {
    expect(repairSpelling('whats the warrenty', targets, known)).toBe('whats the warranty');
    expect(repairSpelling('can i retrun it', targets, known)).toBe('can i return it');
    expect(repairSpelling('what is the proce', targets, known)).toBe('what is the price');
  });

  it('takes a letter for another as a slip only when the keys are neighbours or both are vowels', () => {
    expect(repairSpelling('what do you charge', targets, known)).toBe('what do you charge');
    expect(repairSpelling('can i chsnge it', targets, known)).toBe('can i change it');
  });

  it('leaves contractions, other forms of a word, numbers and known words as written', () => {
    expect(repairSpelling("if she doesn't like it", targets, known)).toBe("if she doesn't like it");
    expect(repairSpelling('what do you charge for it', targets, known)).toBe('what do you charge for it');
    expect(repairSpelling('a stove with 4 rings', targets, known)).toBe('a stove with 4 rings');
    expect(repairSpelling('the ship9ing box', targets, known)).toBe('the ship9ing box');
  });
});
