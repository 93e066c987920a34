import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  MAX_WIDGET_HEIGHT,
  parseHostMessage,
  resizeHeight,
} from '../../src/embed/protocol.ts';

const refusal = (data: unknown) => {
  const parsed = parseHostMessage(data);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(data)}`);
  return parsed.error;
};

describe('host messages', () => {
  it('reads each message type of version 1, trimming text and ignoring unknown extra fields', () => {
    expect(
      parseHostMessage({ type: 'aisle:set-product', version: 1, productId: ' 78 ', extra: true }),
    ).toEqual({
      ok: true,
      message: { type: 'aisle:set-product', version: 1, productId: '78' },
    });
    const product = { '@type': 'Product', name: 'Boot', sku: 'B-1' };
    expect(parseHostMessage({ type: 'aisle:set-product', version: 1, product })).toEqual({
      ok: true,
      message: { type: 'aisle:set-product', version: 1, product },
    });
    expect(parseHostMessage({ type: 'aisle:set-theme', version: 1, accent: '#0b6' })).toEqual({
      ok: true,
      message: { type: 'aisle:set-theme', version: 1, accent: '#0b6' },
    });
    expect(parseHostMessage({ type: 'aisle:set-language', version: 1, language: 'zh' })).toMatchObject({
      ok: true,
    });
    expect(parseHostMessage({ type: 'aisle:ask', version: 1, question: 'Is it waterproof?' })).toMatchObject({
      ok: true,
      message: { question: 'Is it waterproof?' },
    });
  });

  it('names the field and what was wrong with it', () => {
    expect(refusal({ type: 'aisle:set-product', version: 1, productId: 42 })).toEqual({
      code: 'bad-message',
      message: 'aisle:set-product: "productId" must be text of 1 to 200 characters, got 42',
      received: 'aisle:set-product',
    });
    expect(refusal({ type: 'aisle:set-product', version: 1, productId: '1', product: {} }).message).toContain(
      'not both',
    );
    expect(refusal({ type: 'aisle:set-product', version: 1 }).message).toContain('not neither');
    expect(refusal({ type: 'aisle:set-product', version: 1, product: [1] }).message).toContain(
      '"product" must be a JSON-LD object, got a list',
    );
    expect(refusal({ type: 'aisle:set-theme', version: 1, theme: 'blue' }).message).toContain(
      '"theme" must be "light" or "dark", got "blue"',
    );
    expect(refusal({ type: 'aisle:set-theme', version: 1, accent: 'red' }).message).toContain('"accent"');
    expect(refusal({ type: 'aisle:set-language', version: 1, language: 'fr' }).message).toContain(
      '"language" must be "en" or "zh", got "fr"',
    );
    expect(refusal({ type: 'aisle:ask', version: 1, question: '   ' }).message).toContain('"question"');
    expect(refusal({ type: 'aisle:ask', version: 1, question: 'x'.repeat(501) }).message).toContain(
      'got a string of 501 characters',
    );
  });

  it('refuses other versions, unknown types, non-messages, huge payloads and data that is not JSON', () => {
    expect(refusal({ type: 'aisle:ask', version: 2, question: 'hi' })).toMatchObject({
      code: 'unsupported-version',
      message: 'aisle:ask: version 2 is not supported; this widget speaks version 1',
    });
    expect(refusal({ type: 'aisle:ask', question: 'hi' }).code).toBe('unsupported-version');
    expect(refusal({ type: 'aisle:dance', version: 1 })).toMatchObject({ code: 'unknown-type' });
    expect(refusal('hello').message).toContain('a message must be an object');
    expect(refusal(null).code).toBe('bad-message');
    const huge = { type: 'aisle:ask', version: 1, question: 'x'.repeat(MAX_MESSAGE_BYTES) };
    expect(refusal(huge)).toMatchObject({ code: 'too-large', received: 'aisle:ask' });
    expect(refusal({ type: 'aisle:ask', version: 1, question: 10n }).message).toContain('not JSON data');
  });
});

describe('resizeHeight', () => {
  it('reads the height of an aisle:resize message only, rounded up and capped', () => {
    expect(resizeHeight({ type: 'aisle:resize', version: 1, height: 612.2 })).toBe(613);
    expect(resizeHeight({ type: 'aisle:resize', version: 1, height: 1e9 })).toBe(MAX_WIDGET_HEIGHT);
    expect(resizeHeight({ type: 'aisle:resize', version: 1, height: -1 })).toBeUndefined();
    expect(resizeHeight({ type: 'aisle:resize', version: 1, height: '600' })).toBeUndefined();
    expect(resizeHeight({ type: 'aisle:resize', version: 2, height: 600 })).toBeUndefined();
    expect(resizeHeight({ type: 'aisle:ready', version: 1, height: 600 })).toBeUndefined();
  });
});
