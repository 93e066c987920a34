import { describe, expect, it } from 'vitest';
import { descriptionSpecs } from '../../src/core/catalog/description-specs.ts';
import { importCatalog } from '../../src/core/catalog/index.ts';
import { htmlToText } from '../../src/core/catalog/text.ts';
import { bytes } from './files.ts';

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

describe('specifications written in a description', () => {
  it('reads a list of bold labels, with entities decoded and the first colon splitting', () => {
    const html = `<p>A light tent.</p>
<ul>
<li><strong>Packed weight:</strong> 4 lb 2 oz (1.87&nbsp;kg)</li>
<li><strong>Doors / vestibules:</strong> 2 / 2</li>
<li><b>Poles</b>: not included: pitch it with trekking poles</li>
<li><strong>Fly &amp; floor:</strong>  20D ripstop nylon  </li>
</ul>`;
    expect(descriptionSpecs(html)).toEqual([
      ['Packed weight', '4 lb 2 oz (1.87 kg)'],
      ['Doors / vestibules', '2 / 2'],
      ['Poles', 'not included: pitch it with trekking poles'],
      ['Fly & floor', '20D ripstop nylon'],
    ]);
  });

  it('reads two-cell table rows, with a th or a td for the name, and skips a header row', () => {
    const html = `<table>
<tr><th>Spec</th><th>Value</th></tr>
<tr><th>Capacity</th><td>900 ml</td></tr>
<tr><td>Material:</td><td><em>titanium</em></td></tr>
<tr><td>Colour</td><td>grey</td><td>extra cell</td></tr>
</table><p>Nests a fuel canister.</p>`;
    expect(descriptionSpecs(html)).toEqual([
      ['Capacity', '900 ml'],
      ['Material', 'titanium'],
    ]);
  });

  it('reads term and definition pairs', () => {
    expect(descriptionSpecs('<dl><dt>R-value</dt><dd>4.2</dd><dt>Thickness</dt> <dd>3 in</dd></dl>')).toEqual(
      [
        ['R-value', '4.2'],
        ['Thickness', '3 in'],
      ],
    );
  });

  it('reads plain "Key: Value" lines and the full-width colon', () => {
    expect(descriptionSpecs('Capacity: 20 L\nColour: Blue')).toEqual([
      ['Capacity', '20 L'],
      ['Colour', 'Blue'],
    ]);
    expect(descriptionSpecs('<ul><li>容量：20000mAh</li><li>重量： 420g</li></ul>')).toEqual([
      ['容量', '20000mAh'],
      ['重量', '420g'],
    ]);
  });

  it('does not read a remark or a sentence as a specification, whatever the length of the value', () => {
    const html = `<p>Note: this tent is great for families who camp a lot in summer</p>
<p>Tip: seal the seams</p>
<p>温馨提示：请勿暴晒</p>
<p>We tested this tent on every trip we could think of: it held up.</p>
<p>Our favourite: the blue one</p>
<p>Open daily 10:00-22:00</p>
<p>More at https://example.com/tents</p>
<p>Why we love it:</p>
<p>Verdict: It is light. It is strong.</p>
<p>一根线三个头：家里新旧设备都能充。</p>`;
    expect(descriptionSpecs(html)).toEqual([]);
  });

  it('keeps the first value of a name stated twice', () => {
    expect(descriptionSpecs('<li>Weight: 397 g</li><li>weight: 14 oz</li>')).toEqual([['Weight', '397 g']]);
  });
});

describe('importers read the specifications of their descriptions as attributes', () => {
  it('Shopify: the Body (HTML) spec list, after the columns, with the description left as it was', () => {
    const body = `<p>A flat silnylon tarp.</p>
<ul>
<li><strong>Size:</strong> 9 x 7 ft</li>
<li><strong>Weight:</strong> 14 oz (397 g)</li>
<li><strong>Type:</strong> flat tarp</li>
</ul>`;
    const csv = [
      'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price',
      `solo-tarp,Solo Tarp,${csvCell(body)},Cairnmark,Sporting Goods > Camping,Tarps,"tarp, ultralight",Title,Default Title,CM-TARP,397.0,12,89.00`,
    ].join('\n');
    const [tarp] = importCatalog(bytes(csv), { file: 'products_export.csv' }).catalog.products;
    expect(tarp?.attributes).toEqual({ Type: 'Tarps', Weight: '397 g', Size: '9 x 7 ft' });
    // The spec sheet stays in the description too: attributes are read from it, not cut out of it.
    expect(tarp?.description).toBe(htmlToText(body));
  });

  it('WooCommerce: a spec table in the Description, the Attribute columns winning', () => {
    const description =
      '<p>A mug.</p>\\n<table><tr><th>Capacity</th><td>350 ml</td></tr><tr><th>Colour</th><td>red</td></tr></table>';
    const csv = [
      'ID,Type,SKU,Name,Short description,Description,Regular price,Attribute 1 name,Attribute 1 value(s)',
      `7,simple,MUG,Mug,Dishwasher safe: yes,${csvCell(description)},12,Colour,Blue`,
    ].join('\n');
    const [mug] = importCatalog(bytes(csv), { file: 'wc-product-export.csv' }).catalog.products;
    expect(mug?.attributes).toEqual({ Colour: 'Blue', 'Dishwasher safe': 'yes', Capacity: '350 ml' });
  });

  it('generic JSON: an HTML body, a field of the record winning', () => {
    const doc = [
      {
        id: 'k1',
        title: 'Kettle',
        price: 20,
        material: 'steel',
        body_html: '<li>Capacity: 1.7 l</li><li>Material: glass</li>',
      },
    ];
    const [kettle] = importCatalog(bytes(JSON.stringify(doc)), { file: 'items.json' }).catalog.products;
    expect(kettle?.attributes).toEqual({ Material: 'steel', Capacity: '1.7 l' });
  });
});
