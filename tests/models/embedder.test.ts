import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import { loadShippedEngine } from './engine.ts';

const fixture: { items: { text: string; vector: number[] }[] } = JSON.parse(
  readFileSync(new URL('../fixtures/models/embeddings.json', import.meta.url), 'utf8'),
);
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
};

let engine: InProcessEngine;
beforeAll(async () => {
  engine = await loadShippedEngine();
}, 120_000);
afterAll(() => engine?.dispose());

describe('the shipped embedding model in Node', () => {
  it('matches the reference vectors, in batches', async () => {
    const vectors = await engine.embed(fixture.items.map((item) => item.text));
    vectors.forEach((vector, i) => {
      expect(vector).toHaveLength(384);
      expect(dot(vector, vector)).toBeCloseTo(1, 5);
      expect(dot(vector, fixture.items[i]?.vector ?? [])).toBeGreaterThan(0.999);
    });
  }, 60_000);

  it('puts paraphrases closer than unrelated products', async () => {
    const [shoes, trainers, laptop] = await engine.embed([
      'red running shoes',
      'crimson trainers for jogging',
      'a 14 inch laptop with 16 GB of memory',
    ]);
    if (!shoes || !trainers || !laptop) throw new Error('missing vectors');
    expect(dot(shoes, trainers)).toBeGreaterThan(dot(shoes, laptop) + 0.2);
  }, 60_000);
});
