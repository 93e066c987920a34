import { describe, expect, it } from 'vitest';
import { createSampler, seededRandom } from '../../src/core/runtime/sampler.ts';

const logits = () => Float32Array.from([0.1, 2.0, 1.9, -1, 0.5, 1.95]);

describe('sampler', () => {
  it('is greedy at temperature 0', () => {
    expect(createSampler({ temperature: 0 })(logits(), [])).toBe(1);
  });

  it('penalises repeated tokens', () => {
    expect(createSampler({ repetitionPenalty: 1.5 })(logits(), [1])).toBe(5);
  });

  it('repeats itself for the same seed and varies across seeds', () => {
    const draw = (seed: number) => {
      const sample = createSampler({ temperature: 1, seed });
      return Array.from({ length: 40 }, () => sample(logits(), []));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it('keeps to the top-k candidates', () => {
    const sample = createSampler({ temperature: 5, topK: 2, seed: 1 });
    const seen = new Set(Array.from({ length: 200 }, () => sample(logits(), [])));
    expect([...seen].sort()).toEqual([1, 5]);
  });

  it('keeps to the nucleus for top-p', () => {
    const peaked = () => Float32Array.from([10, 0, 0, 0]);
    const sample = createSampler({ temperature: 1, topP: 0.9, seed: 2 });
    expect(new Set(Array.from({ length: 100 }, () => sample(peaked(), [])))).toEqual(new Set([0]));
  });

  it('draws uniform numbers in [0, 1)', () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
