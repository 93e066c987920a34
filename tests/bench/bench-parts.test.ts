import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matrixWeightElements, readOnnxGraph } from '../../bench/onnx-weights.ts';
import { scaleCatalog } from '../../bench/page/catalog-scale.ts';
import { READ_KERNEL } from '../../bench/page/read-kernel.ts';
import { parseOrtProfile } from '../../bench/profile-parse.ts';
import { importCatalog } from '../../src/core/catalog/index.ts';
import { MODELS } from '../../src/core/runtime/registry.ts';

const demo = importCatalog(readFileSync('public/catalog/products.json'), { file: 'products.json' }).catalog;

describe('the scaled catalogs the search bench uses', () => {
  it('are the same for the same seed, with unique ids and the originals first', () => {
    const a = scaleCatalog(demo, 1000).catalog.products;
    const b = scaleCatalog(demo, 1000).catalog.products;
    expect(a.map((p) => p.title)).toEqual(b.map((p) => p.title));
    expect(new Set(a.map((p) => p.id)).size).toBe(1000);
    expect(a.slice(0, demo.products.length)).toEqual(demo.products);
  });

  it('give copies new text, not duplicates', () => {
    const products = scaleCatalog(demo, 3 * demo.products.length).catalog.products;
    const titles = new Set(products.map((p) => p.title));
    expect(titles.size).toBeGreaterThan(products.length * 0.95);
  });
});

describe('the decode speed-of-light inputs', () => {
  it('counts the language model weights a decode step reads: about 135M parameters, as fp32', () => {
    const graph = readOnnxGraph(readFileSync(`public/models/${MODELS.languageModel.id}/model.onnx`));
    const elements = matrixWeightElements(graph);
    expect(elements).toBeGreaterThan(130e6);
    expect(elements).toBeLessThan(145e6);
  });

  it('has a memory-read kernel the WebAssembly engine accepts and that sums what it reads', async () => {
    expect(WebAssembly.validate(READ_KERNEL)).toBe(true);
    const { instance } = await WebAssembly.instantiate(READ_KERNEL);
    const memory = instance.exports.mem as WebAssembly.Memory;
    const sum = instance.exports.sum as (start: number, end: number) => number;
    new Float32Array(memory.buffer).fill(1);
    // Lane 0 of four accumulators, each fed one 16-byte load per 64 bytes.
    expect(sum(0, 65536)).toBe(65536 / 16);
  });
});

describe('the operator profile parser', () => {
  it('splits prefill from steady decode runs and sums kernel time per operator', () => {
    const event = (cat: string, name: string, ts: number, dur: number, op?: string) =>
      JSON.stringify({ cat, name, ts, dur, ph: 'X', args: op ? { op_name: op } : {} });
    const output = [
      '[',
      `${event('Session', 'model_run', 0, 1000)},`,
      `${event('Node', 'a', 10, 600, 'FusedMatMul')},`,
      `${event('Node', 'b', 700, 200, 'GroupQueryAttention')},`,
      `${event('Session', 'model_run', 2000, 100)},`,
      `${event('Node', 'c', 2010, 80, 'FusedMatMul')},`,
      `${event('Session', 'model_run', 3000, 100)},`,
      `${event('Node', 'd', 3010, 60, 'FusedMatMul')},`,
      `${event('Node', 'e', 3080, 20, 'Sub')}`,
      ']',
    ].join('\n');
    const [, prefill, decode] = parseOrtProfile(output, 1);
    expect(prefill?.ops[0]).toMatchObject({ op: 'FusedMatMul', msPerRun: 0.6, share: 0.75 });
    expect(decode?.runs).toBe(1);
    expect(decode?.ops.map((o) => o.op)).toEqual(['FusedMatMul', 'Sub']);
  });
});
