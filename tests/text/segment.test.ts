import { describe, expect, it } from 'vitest';
import { isFinished, sentenceSpans, sentences, terms } from '../../src/core/text/segment.ts';

describe('the segmenter', () => {
  it('splits sentences in both languages, not inside prices, abbreviations or list markers', () => {
    expect(
      sentences('Great value, e.g. $9.99 for it.\n- Essence: $9.99\n1. First. Mr. Smith is here.'),
    ).toEqual(['Great value, e.g. $9.99 for it.', '- Essence: $9.99', '1. First.', 'Mr. Smith is here.']);
    expect(sentences('价格是5999元。很好！真的吗？')).toEqual(['价格是5999元。', '很好！', '真的吗？']);
    const text = 'One. Two.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });

  it('tells a finished sentence in either language', () => {
    expect(isFinished('It holds 1.7 L.')).toBe(true);
    expect(isFinished('很好用。')).toBe(true);
    expect(isFinished('It holds 1.7 L, perfect for')).toBe(false);
  });

  it('keeps Chinese brand names as terms although ICU splits them', () => {
    const found = terms('华为 P50 Pro 智能手机');
    expect(found).toEqual(expect.arrayContaining(['华为', '手机', 'p50', 'pro', '华']));
    expect(terms('笔记本电脑')).toEqual(expect.arrayContaining(['笔记', '记本', '电脑']));
    expect(terms("Women's T-shirt Crème")).toEqual(['womens', 'tshirt', 'creme']);
  });
});
