import { describe, expect, it } from 'vitest';
import { formatIssue, importCatalog } from '../../src/core/catalog/index.ts';
import { bytes } from './files.ts';

const importJsonLd = (doc: unknown, file = 'page.jsonld') =>
  importCatalog(bytes(JSON.stringify(doc, null, 2)), { file });

const kettle = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  sku: 'K-1',
  gtin13: '4006381333931',
  description: '<p>Boils <em>fast</em></p>',
  brand: { '@type': 'Brand', name: 'Acme' },
  category: 'Home > Kitchen',
  image: ['kettle.jpg', { '@type': 'ImageObject', contentUrl: 'https://cdn.example.com/k.jpg' }],
  color: 'Silver',
  additionalProperty: [{ '@type': 'PropertyValue', name: 'Capacity', value: '1.7 l' }],
  offers: {
    '@type': 'Offer',
    price: '24.99',
    priceCurrency: 'EUR',
    availability: 'https://schema.org/InStock',
    priceSpecification: {
      '@type': 'UnitPriceSpecification',
      priceType: 'https://schema.org/StrikethroughPrice',
      price: 29.99,
    },
  },
  aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: '89' },
  review: {
    '@type': 'Review',
    reviewRating: { '@type': 'Rating', ratingValue: 5 },
    reviewBody: 'Quiet and quick.',
    author: { '@type': 'Person', name: 'Ann' },
    datePublished: '2025-01-02',
  },
};

describe('schema.org Product JSON-LD', () => {
  it('maps a single Product with its offer, rating, review, brand object and images', () => {
    const result = importJsonLd(kettle);
    expect(result).toMatchObject({ format: 'json-ld', issues: [] });
    expect(result.catalog.products).toEqual([
      {
        id: 'K-1',
        title: 'Kettle',
        description: 'Boils fast',
        brand: 'Acme',
        categoryPath: ['Home', 'Kitchen'],
        price: 29.99,
        currency: 'EUR',
        salePrice: 24.99,
        variants: [],
        attributes: { Color: 'Silver', Capacity: '1.7 l' },
        tags: [],
        images: [
          { src: 'kettle.jpg', availableOffline: true },
          { src: 'https://cdn.example.com/k.jpg', availableOffline: false },
        ],
        availability: 'in-stock',
        stock: undefined,
        rating: { average: 4.4, count: 89 },
        reviews: [{ rating: 5, text: 'Quiet and quick.', author: 'Ann', date: '2025-01-02' }],
        faq: [],
        barcode: '4006381333931',
        sku: 'K-1',
        policies: {},
      },
    ]);
  });

  it('reads arrays of products, brand as a string and AggregateOffer prices', () => {
    const result = importJsonLd([
      kettle,
      {
        '@context': 'https://schema.org/',
        '@type': 'Product',
        productID: 'mug-1',
        name: 'Mug',
        brand: 'Acme',
        offers: {
          '@type': 'AggregateOffer',
          lowPrice: 7.5,
          highPrice: 9,
          priceCurrency: 'EUR',
          offerCount: 3,
        },
      },
    ]);
    expect(result.catalog.products.map((p) => [p.id, p.brand, p.price, p.availability])).toEqual([
      ['K-1', 'Acme', 29.99, 'in-stock'],
      ['mug-1', 'Acme', 7.5, 'unknown'],
    ]);
  });

  it('finds products in an @graph, follows @id references, and reads a ProductGroup as variants', () => {
    const result = importJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', name: 'Shop' },
        { '@type': 'Organization', '@id': '#acme', name: 'Acme' },
        {
          '@type': 'ProductGroup',
          productGroupID: 'tee',
          name: 'Tee',
          brand: { '@id': '#acme' },
          variesBy: ['https://schema.org/size'],
          hasVariant: [
            { '@type': 'Product', sku: 'tee-s', size: 'S', offers: { '@id': '#offer-s' } },
            {
              '@type': 'Product',
              sku: 'tee-m',
              size: 'M',
              offers: { '@type': 'Offer', price: 12, availability: 'https://schema.org/OutOfStock' },
            },
          ],
        },
        { '@type': 'Offer', '@id': '#offer-s', price: 10, availability: 'https://schema.org/InStock' },
      ],
    });
    const [tee] = result.catalog.products;
    expect(result.catalog.products).toHaveLength(1);
    expect(tee).toMatchObject({ id: 'tee', brand: 'Acme', price: 10, availability: 'in-stock' });
    expect(tee?.variants.map((v) => [v.sku, v.title, v.options, v.price, v.availability])).toEqual([
      ['tee-s', 'S', { Size: 'S' }, 10, 'in-stock'],
      ['tee-m', 'M', { Size: 'M' }, 12, 'out-of-stock'],
    ]);
  });

  it('reports products it cannot take with their JSON path and line', () => {
    const text = [
      '[',
      '  {"@type": "Product", "sku": "a", "name": "A", "offers": {"price": 5}},',
      '  {"@type": "Product", "sku": "b", "name": "B", "offers": {"price": "free"}},',
      '  {"@type": "Product", "name": "No id"}',
      ']',
    ].join('\n');
    const result = importCatalog(bytes(text), { file: 'page.json' });
    expect(result.issues.map(formatIssue)).toEqual([
      'page.json:3:60: error: price "free" is not a number',
      'page.json:3:49: warning: product b has no price; shown as "ask staff"',
      'page.json:4:3: error: product has no id (looked for sku, productID, gtin, @id, url); skipped',
    ]);
    expect(result.issues.map((i) => i.path)).toEqual(['[1].offers.price', '[1].offers', '[2]']);
  });

  it('refuses JSON-LD that holds no Product', () => {
    expect(() => importJsonLd({ '@context': 'https://schema.org', '@type': 'WebPage' })).toThrow(
      'page.jsonld: the JSON-LD holds no schema.org Product (no "@type": "Product")',
    );
  });
});
