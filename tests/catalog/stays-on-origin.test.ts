import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../src/core/catalog/index.ts';
import { staysOnOrigin } from '../../src/core/catalog/text.ts';

describe('an image address from a catalog', () => {
  it('is shown only when the browser would read it as a file of the kiosk or an inline image', () => {
    for (const local of [
      'images/kettle.webp',
      '/catalog/kettle.png',
      './a b.png',
      'data:image/png;base64,iVBOR',
    ])
      expect(staysOnOrigin(local), local).toBe(true);
    for (const foreign of [
      'https://cdn.example/kettle.png',
      '//cdn.example/kettle.png',
      'https:\\\\cdn.example/kettle.png',
      '/\\cdn.example/kettle.png',
      '\\\\cdn.example/kettle.png',
      'https:cdn.example/kettle.png',
      'http:cdn.example/kettle.png',
      ' https://cdn.example/kettle.png',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ])
      expect(staysOnOrigin(foreign), foreign).toBe(false);
  });

  it('leaves the origin, so an imported product shows its placeholder instead', () => {
    const text = JSON.stringify({
      format: 'aisle-catalog',
      version: 1,
      products: [
        {
          id: 'k',
          title: 'Kettle',
          price: 20,
          images: [
            'https:\\\\evil.example/k.png',
            { src: 'javascript:alert(1)', availableOffline: true },
            'k.png',
          ],
        },
      ],
    });
    const { catalog } = importCatalog(new TextEncoder().encode(text), { file: 'k.json' });
    expect(catalog.products[0]?.images.map((image) => image.availableOffline)).toEqual([false, false, true]);
  });
});
