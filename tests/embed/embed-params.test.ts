import { describe, expect, it } from 'vitest';
import { readEmbedParams } from '../../src/embed/embed-params.ts';
import { MAX_PRODUCT_ID_LENGTH } from '../../src/embed/protocol.ts';

describe("the widget's address (embed.html?product=…)", () => {
  it('reads the product, language, theme and host the loader wrote', () => {
    expect(readEmbedParams('?product=6&lang=zh&theme=dark&host=https%3A%2F%2Fshop.example')).toEqual({
      productId: '6',
      language: 'zh',
      theme: 'dark',
      host: 'https://shop.example',
    });
  });

  it('keeps a hostile product id as text, cut to the longest id the protocol takes', () => {
    const id = `"><script>alert(1)</script>`;
    expect(readEmbedParams(`?product=${encodeURIComponent(id)}`).productId).toBe(id);
    expect(readEmbedParams(`?product=${'9'.repeat(50_000)}`).productId).toHaveLength(MAX_PRODUCT_ID_LENGTH);
    expect(readEmbedParams('?product=%E0%A4%A').productId).toBe('\uFFFD%A');
  });

  it('falls back to the defaults for values it does not know, and to no product for an empty one', () => {
    expect(readEmbedParams('?product=%20%20&lang=fr&theme=<b>')).toEqual({
      productId: undefined,
      language: undefined,
      theme: 'light',
      host: null,
    });
  });
});
