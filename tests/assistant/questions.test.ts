import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/core/assistant/understand/lexicon/index.ts';
import { questionsOf } from '../../src/core/assistant/understand/questions.ts';
import { searchTerms } from '../../src/core/search/terms.ts';

describe('the questions of one message', () => {
  const en = lexicon('en');
  const zh = lexicon('zh');

  it('splits after each question mark that more questions follow, in English and Chinese', () => {
    expect(questionsOf('Is it waterproof? What does it weigh?', en)).toEqual([
      'Is it waterproof?',
      'What does it weigh?',
    ]);
    expect(questionsOf('这款有白色的吗？重量多少？', zh)).toEqual(['这款有白色的吗？', '重量多少？']);
  });

  it('splits at an "and" that opens a question of its own, not at one that goes on describing', () => {
    expect(questionsOf('what does the kayak cost and does it come with a paddle', en)).toEqual([
      'what does the kayak cost',
      'does it come with a paddle',
    ]);
    const one = 'I want a tent that is light and has two doors';
    expect(questionsOf(one, en)).toEqual([one]);
  });

  it('keeps words after the last question mark with the question they explain', () => {
    const message = 'Is the blue one in stock? I need it for a trip on Friday.';
    expect(questionsOf(message, en)).toEqual([message]);
  });
});

describe('measures as search terms', () => {
  it('writes a measure as one term whatever its spelling', () => {
    for (const written of ['20000mAh', '20000 mAh', '20000毫安', '20000毫安时'])
      expect(searchTerms(`充电宝 ${written}`)).toContain('20000mah');
    expect(searchTerms('15厘米')).toContain('15cm');
    // "2 in winter" is no length in inches.
    expect(searchTerms('a tent for 2 in winter')).not.toContain('2inch');
  });
});
