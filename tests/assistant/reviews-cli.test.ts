import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAisle } from './run-aisle.ts';

const demo = fileURLToPath(new URL('../../public/catalog/products.json', import.meta.url));

describe('aisle reviews', () => {
  it('--json prints the summary, pros, cons, sentiment and histogram', async () => {
    const { code, stdout } = await runAisle(['reviews', '--catalog', demo, '--product', '2', '--json']);
    expect(code).toBe(0);
    const insights: unknown = JSON.parse(stdout);
    expect(insights).toEqual({
      summary:
        'The 3 reviewers have mixed feelings about it (average 3.3 of 5). 2 of 3 like it overall (such as “awesome product”).',
      pros: [
        {
          phrase: 'awesome product',
          count: 2,
          quote: 'Awesome product!',
          quotes: [
            { review: 1, text: 'Awesome product!' },
            { review: 0, text: 'Great product!' },
          ],
        },
      ],
      cons: [
        {
          phrase: 'poor quality',
          count: 1,
          quote: 'Poor quality!',
          quotes: [{ review: 2, text: 'Poor quality!' }],
        },
      ],
      sentiment: { label: 'mixed', score: 0.25 },
      histogram: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 },
    });
  });

  it('prints a readable form without --json', async () => {
    const { code, stdout } = await runAisle(['reviews', '--catalog', demo, '--product', '2']);
    expect(code).toBe(0);
    expect(stdout).toContain('Eyeshadow Palette with Mirror (id 2): 3 reviews, average 3.3 of 5');
    expect(stdout).toContain('  poor quality (1) — “Poor quality!”');
  });

  it('--locale zh writes the summary in Chinese, quoting the reviews as written', async () => {
    const { code, stdout } = await runAisle([
      'reviews',
      '--catalog',
      demo,
      '--product',
      '2',
      '--locale',
      'zh',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'summary: 3 位评论者对这件商品评价不一（平均 3.3 分，满分 5 分）。3 位评论者中，2 位总体满意（例如“awesome product”）。',
    );
  });

  it('names an unknown product id in one line', async () => {
    const { code, stdout, stderr } = await runAisle(['reviews', '--catalog', demo, '--product', 'no-such']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`aisle: no product with id "no-such" in ${demo}\n`);
  });
});
