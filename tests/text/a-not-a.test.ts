import { describe, expect, it } from 'vitest';
import { foldANotA } from '../../src/core/text/a-not-a.ts';

describe('Chinese A-not-A questions', () => {
  it('reads as the 吗 question they mean', () => {
    expect(foldANotA('这台电脑重不重？')).toBe('这台电脑重吗？');
    expect(foldANotA('有没有货')).toBe('有货吗');
    expect(foldANotA('能不能退？')).toBe('能退吗？');
    expect(foldANotA('好看不好看')).toBe('好看吗');
    expect(foldANotA('可不可以开发票？')).toBe('可以开发票吗？');
  });

  it('folds each clause, and adds no second particle', () => {
    expect(foldANotA('重不重，贵不贵？')).toBe('重吗，贵吗？');
    expect(foldANotA('有没有红色的吗？')).toBe('有红色的吗？');
  });

  it('leaves other text as it is', () => {
    expect(foldANotA('这个水壶多少钱？')).toBe('这个水壶多少钱？');
    expect(foldANotA('不见不散')).toBe('不见不散');
    expect(foldANotA('is it heavy?')).toBe('is it heavy?');
  });
});
