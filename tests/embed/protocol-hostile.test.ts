import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, parseHostMessage } from '../../src/embed/protocol.ts';

const refusal = (data: unknown) => {
  const parsed = parseHostMessage(data);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(data)}`);
  return parsed.error;
};

/** An object nested `depth` levels deep, as a hostile page might post to exhaust the stack. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
}

describe('host messages a hostile or broken page may post', () => {
  it('refuses wrong types of every field with a message naming it', () => {
    const cases: [unknown, string][] = [
      [{ type: 7, version: 1 }, 'a message must be an object with a "type"'],
      [['aisle:ask', 1], 'a message must be an object with a "type"'],
      [{ type: 'aisle:ask', version: '1', question: 'hi' }, 'version "1" is not supported'],
      [{ type: 'aisle:ask', version: 1.5, question: 'hi' }, 'version 1.5 is not supported'],
      [{ type: 'aisle:ask', version: null, question: 'hi' }, 'version null is not supported'],
      [
        { type: 'aisle:ask', version: 1, question: ['hi'] },
        '"question" must be text of 1 to 500 characters, got a list',
      ],
      [{ type: 'aisle:ask', version: 1, question: { toString: 'hi' } }, 'got an object'],
      [
        { type: 'aisle:set-language', version: 1, language: 'EN' },
        '"language" must be "en" or "zh", got "EN"',
      ],
      [
        { type: 'aisle:set-theme', version: 1, accent: 'url(https://evil.example/x)' },
        '"accent" must be a hex colour',
      ],
      [
        { type: 'aisle:set-theme', version: 1, accent: '#fff;}body{display:none' },
        '"accent" must be a hex colour',
      ],
      [{ type: 'aisle:set-product', version: 1, productId: '6', product: {} }, 'not both'],
      [{ type: 'aisle:set-product', version: 1, product: 'a string' }, '"product" must be a JSON-LD object'],
      [{ type: 'aisle:set-product', version: 1, product: [] }, 'got a list'],
      [
        { type: 'aisle:set-product', version: 1, productId: 'x'.repeat(201) },
        'got a string of 201 characters',
      ],
    ];
    for (const [message, says] of cases)
      expect(refusal(message).message, JSON.stringify(message)).toContain(says);
  });

  it('refuses huge payloads of every shape by size, before reading any field', () => {
    const big = 'x'.repeat(MAX_MESSAGE_BYTES);
    expect(refusal({ type: 'aisle:set-product', version: 1, product: { name: big } }).code).toBe('too-large');
    expect(
      refusal({ type: 'aisle:set-product', version: 1, product: { reviews: Array(40_000).fill({ r: 5 }) } })
        .code,
    ).toBe('too-large');
    // The type named back is cut, so the error itself stays small.
    const error = refusal({ type: `aisle:${big}`, version: 1 });
    expect(error.code).toBe('too-large');
    expect(error.received?.length).toBeLessThanOrEqual(40);
    expect(refusal(big).code).toBe('too-large');
  });

  it('names an unknown type or version without echoing more than a little of it', () => {
    const error = refusal({ type: `aisle:${'y'.repeat(10_000)}`, version: 1 });
    expect(error.code).toBe('unknown-type');
    expect(error.message.length).toBeLessThan(200);
    expect(refusal({ type: 'aisle:ask', version: 999, question: 'hi' })).toMatchObject({
      code: 'unsupported-version',
      received: 'aisle:ask',
    });
    expect(refusal({ type: 'aisle:ask', version: Number.POSITIVE_INFINITY, question: 'hi' }).code).toBe(
      'unsupported-version',
    );
  });

  it('refuses data that is not JSON, and nesting deep enough to exhaust the stack, without throwing', () => {
    const cyclic: Record<string, unknown> = { type: 'aisle:ask', version: 1 };
    cyclic.question = cyclic;
    expect(refusal(cyclic).message).toContain('not JSON data');
    expect(refusal({ type: 'aisle:ask', version: 1, question: Symbol('q') }).code).toBe('bad-message');
    expect(() =>
      parseHostMessage({ type: 'aisle:set-product', version: 1, product: nested(200_000) }),
    ).not.toThrow();
    expect(refusal(new Map([['type', 'aisle:ask']])).code).toBe('bad-message');
  });

  it('does not let "__proto__" or extra fields change what is read', () => {
    const data: unknown = JSON.parse(
      '{"type":"aisle:set-language","version":1,"language":"zh","__proto__":{"language":"en"},"extra":1}',
    );
    expect(parseHostMessage(data)).toEqual({
      ok: true,
      message: { type: 'aisle:set-language', version: 1, language: 'zh' },
    });
    expect(({} as Record<string, unknown>).language).toBeUndefined();
  });
});
