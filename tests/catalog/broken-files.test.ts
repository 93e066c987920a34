import { describe, expect, it } from 'vitest';
import {
  CatalogFormatError,
  formatIssue,
  importCatalog,
  type ImportResult,
} from '../../src/core/catalog/index.ts';
import { bytes, repoFile } from './files.ts';

/** The message a staff member sees when a file cannot be imported at all. */
function refusal(data: Uint8Array, file: string): string {
  try {
    importCatalog(data, { file });
  } catch (error) {
    if (error instanceof CatalogFormatError) return error.message;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** A GBK encoder for the test texts, built from the platform's GB18030 decoder over the GB2312 block. */
const gbk = (() => {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0xa1; lead <= 0xf7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  return (text: string) =>
    Uint8Array.from(
      [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))),
    );
})();

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
};

const SMALL_CSV = 'id,title,price\nT-1,Grüner Tee 绿茶,4.5\nT-2,Café crème,3\n';

describe('encodings', () => {
  const titles = (result: ImportResult) => result.catalog.products.map((p) => p.title);

  it('reads UTF-8 with and without a byte order mark', () => {
    for (const data of [bytes(SMALL_CSV), concat([0xef, 0xbb, 0xbf], bytes(SMALL_CSV))]) {
      const result = importCatalog(data, { file: 'tea.csv' });
      expect(result.encoding).toBe('utf-8');
      expect(titles(result)).toEqual(['Grüner Tee 绿茶', 'Café crème']);
    }
  });

  it('reads UTF-16 little- and big-endian, with a byte order mark or by the NUL pattern', () => {
    for (const [endian, bom] of [
      ['le', true],
      ['be', true],
      ['le', false],
      ['be', false],
    ] as const) {
      const result = importCatalog(utf16(SMALL_CSV, endian, bom), { file: 'tea.csv' });
      expect(result.encoding).toBe(`utf-16${endian}`);
      expect(titles(result)).toEqual(['Grüner Tee 绿茶', 'Café crème']);
    }
  });

  it('reads GBK text (an Excel export in China) as GB18030', () => {
    const csv = 'id,title,price,category\nC-1,绿茶 茶叶 一百克,29.9,食品 > 茶\nC-2,紫砂茶壶,128,厨具\n';
    const result = importCatalog(gbk(csv), { file: '商品.csv' });
    expect(result.encoding).toBe('gb18030');
    expect(result.catalog.products.map((p) => [p.title, p.price, p.categoryPath])).toEqual([
      ['绿茶 茶叶 一百克', 29.9, ['食品', '茶']],
      ['紫砂茶壶', 128, ['厨具']],
    ]);
  });

  it('names the place of a stray Latin-1 byte in a UTF-8 file', () => {
    const data = concat(bytes('id,title,price\nT-1,Crème brûlée,4\nT-2,Caf'), [0xe9], bytes(' noir,3\n'));
    expect(refusal(data, 'menu.csv')).toBe(
      'menu.csv:3:8: mixed encodings: the file is UTF-8 but byte 0xE9 is not (a character saved in another encoding, such as Latin-1); fix that character or save the file again as UTF-8',
    );
  });

  it('refuses text it cannot place: Windows-1252 (not UTF-8, UTF-16 or clean GB18030)', () => {
    const data = concat(
      bytes('id,title,price\nT-1,'),
      [0x93],
      bytes('Caf'),
      [0xe9, 0x94],
      bytes(' noir,3\n'),
    );
    expect(refusal(data, 'menu.csv')).toBe(
      'menu.csv:2:5: unknown text encoding: byte 0x93 is not UTF-8, and the file is not UTF-16 or GB18030 either; save it as UTF-8 (in Excel: "CSV UTF-8")',
    );
    // A lone Latin-1 letter before an ASCII one happens to be a valid GBK pair; it is still not taken as Chinese.
    expect(refusal(concat(bytes('id,title\n1,caf'), [0xe9], bytes('s\n')), 'x.csv')).toMatch(
      /^x\.csv:2:6: unknown text encoding: byte 0xE9/,
    );
  });
});

describe('files that are not catalogs', () => {
  it('recognises binary junk, archives and documents', () => {
    expect(refusal(Uint8Array.of(0x7b, 0x0a, 0x01, 0x00, 0xff, 0x13), 'catalog.json')).toBe(
      'catalog.json:2:2: this is a binary file, not a catalog text file',
    );
    expect(refusal(concat([0x50, 0x4b, 0x03, 0x04], bytes('[Content_Types].xml')), 'products.csv')).toBe(
      'products.csv: this is a ZIP archive (an .xlsx workbook is one): save it as CSV UTF-8, not a catalog file',
    );
    expect(refusal(bytes('%PDF-1.7\n%âãÏÓ\n'), 'price-list.pdf')).toBe(
      'price-list.pdf: this is a PDF document, not a catalog file',
    );
  });

  it('refuses empty files and files of no known format', () => {
    expect(refusal(new Uint8Array(), 'products.csv')).toBe('products.csv: the file is empty');
    expect(refusal(bytes('\n \n'), 'products.json')).toBe('products.json: the file is empty');
    expect(refusal(bytes('<?xml version="1.0"?><rss/>'), 'feed.xml')).toBe(
      'feed.xml: not a catalog format the kiosk knows: expected JSON (.json), JSON-LD (.jsonld) or CSV (.csv)',
    );
    expect(refusal(bytes('id,title,price\n'), 'products.csv')).toBe(
      'products.csv:1:1: the file has a header row but no product rows',
    );
  });
});

describe('broken JSON', () => {
  const demo = new TextDecoder().decode(repoFile('public/catalog/products.json'));

  it('says where a truncated file ends', () => {
    expect(refusal(bytes(demo.slice(0, 20_000)), 'products.json')).toMatch(
      /^products\.json:\d+:\d+: not valid JSON: the file ends too early \(.+\); it may be truncated$/,
    );
  });

  it('refuses a document whose products have the wrong types', () => {
    expect(refusal(bytes('{"products": "none"}'), 'products.json')).toBe(
      'products.json: no product list found: expected an array of products, or an object with a "products" array',
    );
    expect(refusal(bytes('[1, "two", null]'), 'products.json')).toBe(
      'products.json: the file holds no usable product',
    );
    expect(
      refusal(bytes('{"format": "aisle-catalog", "version": 1, "products": [{"id": 1}]}'), 'c.json'),
    ).toBe(
      'c.json: the file holds no usable product (the first fault: products[0].id: expected a string, found a number (1); product skipped)',
    );
  });
});

describe('broken CSV', () => {
  it('reports duplicate ids, and a quote that never closes, at their lines', () => {
    const csv = 'id,title,price\nA,Kettle,20\nB,Mug,4\nA,Kettle again,21\nC,"Tea\n';
    const result = importCatalog(bytes(csv), { file: 'shop.csv' });
    expect(result.catalog.products.map((p) => p.id)).toEqual(['A', 'B']);
    expect(result.issues.map(formatIssue)).toEqual([
      'shop.csv:4: error: duplicate product id "A"; the later one is skipped',
      'shop.csv:5:2: error: a quoted field opened on line 5 never closes; this row and everything after it are not imported',
    ]);
  });

  it('refuses a table with no id column, saying how to map one', () => {
    expect(refusal(bytes('name,cost\nKettle,20\n'), 'shop.csv')).toBe(
      'shop.csv:1:1: no id column: expected one named id, sku or handle, or a mapping file with "fields": {"id": "<column>"} (columns: name, cost)',
    );
  });
});

describe('limits', () => {
  const rows = (n: number) => {
    const lines = ['id,title,price,stock'];
    for (let i = 1; i <= n; i++) lines.push(`P-${i},Product ${i},${(i % 500) + 0.99},${i % 40}`);
    return bytes(lines.join('\n'));
  };

  it('imports a 100,000-row CSV', { timeout: 30_000 }, () => {
    const result = importCatalog(rows(100_000), { file: 'big.csv' });
    expect(result.issues).toEqual([]);
    expect(result.catalog.products).toHaveLength(100_000);
    expect(result.catalog.products[99_999]).toMatchObject({ id: 'P-100000', price: 0.99, stock: 0 });
  });

  it('refuses 100,001 products', { timeout: 30_000 }, () => {
    expect(refusal(rows(100_001), 'big.csv')).toBe(
      'big.csv: the file holds 100,001 products; the kiosk imports at most 100,000: split the catalog into smaller files',
    );
  });

  it('refuses a file over 50 MB by its size, before decoding it', () => {
    expect(refusal(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.csv')).toBe(
      'huge.csv: the file is 50.0 MB; the kiosk imports at most 50 MB: split the catalog into smaller files',
    );
  });
});
