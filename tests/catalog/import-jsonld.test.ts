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
    // The Organization is the brand, not the shop.
    expect(result.catalog.store.name).toBe('Our store');
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

  it("prices a ProductGroup in its variants' offer currency, also for the store, never USD by default", () => {
    const variant = (sku: string, color: string, price: number) => ({
      '@type': 'Product',
      sku,
      color,
      offers: { '@type': 'Offer', price, priceCurrency: 'CNY', inventoryLevel: 4 },
    });
    const result = importJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ProductGroup',
          productGroupID: 'ZD-301',
          name: '磁吸充电宝',
          variesBy: 'https://schema.org/color',
          hasVariant: [variant('ZD-301-W', '白色', 149), variant('ZD-301-B', '蓝色', 149)],
        },
      ],
    });
    expect(result.catalog.products[0]).toMatchObject({ id: 'ZD-301', price: 149, currency: 'CNY' });
    expect(result.catalog.store.currency).toBe('CNY');
    expect(result.issues).toEqual([]);
  });

  it('says so when one product has offers in several currencies', () => {
    const result = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'K-2',
      name: 'Kettle',
      offers: [
        { '@type': 'Offer', price: 20, priceCurrency: 'EUR' },
        { '@type': 'Offer', price: 22, priceCurrency: 'USD' },
      ],
    });
    expect(result.catalog.products[0]?.currency).toBe('EUR');
    expect(result.issues.map((i) => i.message)).toEqual([
      'product K-2 has offers in several currencies (EUR, USD); its prices are shown in EUR',
    ]);
  });

  it('reads inventoryLevel as a number or a QuantitativeValue, on product and variant offers', () => {
    const level = (value: number) => ({ '@type': 'QuantitativeValue', value });
    const result = importJsonLd([
      {
        '@context': 'https://schema.org',
        '@type': 'Product',
        sku: 'P-1',
        name: 'Cable',
        offers: { '@type': 'Offer', price: 9, inventoryLevel: level(12) },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'ProductGroup',
        productGroupID: 'G-1',
        name: 'Case',
        variesBy: 'https://schema.org/size',
        hasVariant: [
          { '@type': 'Product', sku: 'G-1-S', size: 'S', offers: { price: 5, inventoryLevel: level(2) } },
          { '@type': 'Product', sku: 'G-1-L', size: 'L', offers: { price: 6, inventoryLevel: 3 } },
        ],
      },
    ]);
    const [cable, group] = result.catalog.products;
    expect(cable?.stock).toBe(12);
    expect(group?.variants.map((v) => [v.sku, v.stock, v.availability])).toEqual([
      ['G-1-S', 2, 'low-stock'],
      ['G-1-L', 3, 'low-stock'],
    ]);
    // A group with no offer of its own has its variants' stock.
    expect(group?.stock).toBe(5);
  });

  it("keeps the product's and the brand's alternateName as keywords, which search reads", () => {
    const result = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'ZD-101',
      name: '声岚 Air3 真无线降噪耳机',
      alternateName: ['Sonair Air3', 'Air 3'],
      brand: { '@type': 'Brand', name: '声岚', alternateName: 'Sonair' },
      keywords: '蓝牙耳机, sonair air3',
      offers: { price: 399, priceCurrency: 'CNY' },
    });
    expect(result.catalog.products[0]?.tags).toEqual(['蓝牙耳机', 'sonair air3', 'Air 3', 'Sonair']);
  });

  it('reads the specifications written in the description as attributes, after the properties', () => {
    const result = importJsonLd({
      ...kettle,
      description: '<ul><li>Capacity: 2 l</li><li>Power: 2200 W</li></ul>',
    });
    expect(result.catalog.products[0]?.attributes).toEqual({
      Color: 'Silver',
      Capacity: '1.7 l',
      Power: '2200 W',
    });
  });

  it("reads the shop's Store node and FAQ page into the store profile", () => {
    const result = importJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ElectronicsStore',
          name: '星桥数码配件',
          currenciesAccepted: 'CNY',
          openingHoursSpecification: [
            {
              '@type': 'OpeningHoursSpecification',
              dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Friday'],
              opens: '10:00:00',
              closes: '22:00:00',
            },
            { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Sunday', opens: '12:00', closes: '18:00' },
          ],
          hasMerchantReturnPolicy: {
            '@type': 'MerchantReturnPolicy',
            description: '7天无理由退货',
            merchantReturnDays: 7,
          },
        },
        {
          '@type': 'FAQPage',
          mainEntity: [
            {
              '@type': 'Question',
              name: '可以开发票吗？',
              acceptedAnswer: { '@type': 'Answer', text: '可以。' },
            },
          ],
        },
        { '@type': 'Product', sku: 'ZD-202', name: '20W快充头', offers: { price: 39 } },
      ],
    });
    expect(result.catalog.store).toEqual({
      name: '星桥数码配件',
      currency: 'CNY',
      locale: 'en-US',
      openingHours: 'Monday, Friday 10:00-22:00; Sunday 12:00-18:00',
      returnPolicy: '7天无理由退货',
      faq: [{ question: '可以开发票吗？', answer: '可以。' }],
    });
    expect(result.catalog.products[0]?.currency).toBe('CNY');
  });

  it('gives a return policy with no text of its own as its return window', () => {
    const result = importJsonLd([
      {
        '@context': 'https://schema.org',
        '@type': 'Store',
        name: 'Trail Shop',
        openingHours: ['Mo-Fr 09:00-18:00', 'Sa 10:00-16:00'],
        hasMerchantReturnPolicy: { '@type': 'MerchantReturnPolicy', merchantReturnDays: 30 },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Product',
        sku: 'T-1',
        name: 'Tent',
        offers: { price: 1 },
      },
    ]);
    expect(result.catalog.store).toMatchObject({
      name: 'Trail Shop',
      currency: 'USD',
      openingHours: 'Mo-Fr 09:00-18:00; Sa 10:00-16:00',
      returnPolicy: 'Returns within 30 days.',
    });
  });

  it('writes a return window in the language the shop writes its products in', () => {
    const result = importJsonLd([
      {
        '@context': 'https://schema.org',
        '@type': 'Store',
        name: '数码小铺',
        hasMerchantReturnPolicy: { '@type': 'MerchantReturnPolicy', merchantReturnDays: 7 },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Product',
        sku: 'Z-1',
        name: '无线耳机',
        offers: { price: 1 },
      },
    ]);
    expect(result.catalog.store.returnPolicy).toBe('7天内可退货。');
  });

  it('refuses JSON-LD that holds no Product', () => {
    expect(() => importJsonLd({ '@context': 'https://schema.org', '@type': 'WebPage' })).toThrow(
      'page.jsonld: the JSON-LD holds no schema.org Product (no "@type": "Product")',
    );
  });
});
