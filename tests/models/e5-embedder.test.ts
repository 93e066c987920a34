import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeEngine } from '../../cli/model-source.ts';
import type { EmbedKind } from '../../src/core/runtime/embedder.ts';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import { embedderManifest, modelFolder } from '../../src/core/runtime/registry.ts';
import { TextTokenizer } from '../../src/core/runtime/tokenizer.ts';

interface GoldenItem {
  kind: EmbedKind;
  text: string;
  inputIds: number[];
  head: number[];
}
const fixture: { dims: number; items: GoldenItem[] } = JSON.parse(
  readFileSync(new URL('../fixtures/models/e5-embeddings.json', import.meta.url), 'utf8'),
);
const manifest = embedderManifest('multilingual-e5-small');
const folder = new URL(`../../public/${modelFolder(manifest.id)}`, import.meta.url);
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
};
const maxDiff = (a: ArrayLike<number>, b: readonly number[]) =>
  Math.max(...b.map((value, i) => Math.abs((a[i] ?? 0) - value)));

let engine: InProcessEngine;
beforeAll(async () => {
  engine = nodeEngine({ embedder: manifest.id });
  await engine.load({ backend: 'wasm', models: ['embedder'] });
}, 180_000);
afterAll(() => engine?.dispose());

async function embedAs(kind: EmbedKind, texts: string[]): Promise<Float32Array[]> {
  return engine.embed(texts, { kind });
}

describe('the shipped multilingual embedder (multilingual-e5-small) in Node', () => {
  it('tokenises prefixed text as the reference did', () => {
    const tokenizer = new TextTokenizer(
      JSON.parse(readFileSync(new URL('tokenizer.json', folder), 'utf8')),
      JSON.parse(readFileSync(new URL('tokenizer_config.json', folder), 'utf8')),
    );
    for (const item of fixture.items)
      expect(tokenizer.encode(`${manifest.prefixes?.[item.kind]}${item.text}`, true)).toEqual(item.inputIds);
  });

  it('reproduces the golden vectors, English and Chinese, one at a time and in a padded batch', async () => {
    for (const kind of ['query', 'passage'] as const) {
      const items = fixture.items.filter((item) => item.kind === kind);
      const batched = await embedAs(
        kind,
        items.map((item) => item.text),
      );
      for (const [i, item] of items.entries()) {
        const [single] = await embedAs(kind, [item.text]);
        for (const vector of [single, batched[i]]) {
          expect(vector).toHaveLength(fixture.dims);
          expect(dot(vector ?? [], vector ?? [])).toBeCloseTo(1, 5);
          expect(maxDiff(vector ?? [], item.head)).toBeLessThan(2e-4);
        }
      }
    }
  }, 120_000);

  it('reads the e5 prefixes: the same words as a query and as a passage give different vectors', async () => {
    const [asQuery] = await embedAs('query', ['red summer dress']);
    const [asPassage] = await embedAs('passage', ['red summer dress']);
    expect(dot(asQuery ?? [], asPassage ?? [])).toBeLessThan(0.99);
  }, 60_000);

  it('matches a Chinese query to the English product it names', async () => {
    const [query] = await embedAs('query', ['红色的连衣裙']);
    const products = await embedAs('passage', [
      'Red summer dress, knee length, with short sleeves',
      'Wireless over-ear headphones with noise cancelling',
      'Stainless steel kitchen knife set with a wooden block',
      'Blue denim jeans for women, high waist',
    ]);
    const scores = products.map((vector) => dot(query ?? [], vector));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  }, 60_000);
});
