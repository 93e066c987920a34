import { describe, expect, it } from 'vitest';
import { lcsLength, meanRougeF, rouge } from '../../eval/reviews/rouge.ts';
import { replaceSection } from '../../eval/reviews/quality-section.ts';

describe('ROUGE (eval/reviews)', () => {
  // Worked by hand. candidate: the cat sat on the mat (6 words); reference: the cat was on the red mat (7).
  // Unigrams: the×2, cat, on, mat match → 5; P 5/6, R 5/7, F 10/13.
  // Bigrams: "the cat", "on the" match of 5 and 6 → P 2/5, R 2/6, F 4/11.
  // LCS: the cat on the mat → 5; same as unigrams here.
  it('matches a hand-computed example', () => {
    const scores = rouge('The cat sat on the mat.', 'The cat was on the red mat.');
    expect(scores.rouge1.precision).toBeCloseTo(5 / 6);
    expect(scores.rouge1.recall).toBeCloseTo(5 / 7);
    expect(scores.rouge1.f).toBeCloseTo(10 / 13);
    expect(scores.rouge2.f).toBeCloseTo(4 / 11);
    expect(scores.rougeL.f).toBeCloseTo(10 / 13);
  });

  it('takes word order into account in ROUGE-L only', () => {
    // Same words, shuffled: the longest common subsequence is "the on the".
    const scores = rouge('mat the on sat cat the', 'the cat sat on the mat');
    expect(scores.rouge1.f).toBeCloseTo(1);
    expect(
      lcsLength(['mat', 'the', 'on', 'sat', 'cat', 'the'], ['the', 'cat', 'sat', 'on', 'the', 'mat']),
    ).toBe(3);
  });

  it('averages F over the references', () => {
    expect(meanRougeF('a b', ['a b', 'c d']).rouge1).toBeCloseTo(0.5);
  });

  it('replaces only its own section of the quality report', () => {
    const doc = '# Quality\n\n## Search\n\nx\n\n## Review summaries (FewSum)\n\nold\n\n## Assistant\n\ny\n';
    const out = replaceSection(doc, '## Review summaries (FewSum)', '## Review summaries (FewSum)\n\nnew\n');
    expect(out).toBe(
      '# Quality\n\n## Search\n\nx\n\n## Review summaries (FewSum)\n\nnew\n\n## Assistant\n\ny\n',
    );
  });
});
