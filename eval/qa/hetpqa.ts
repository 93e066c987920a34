/**
 * hetPQA rows (/work/shared/data/qa/hetpqa, CDLA-Sharing, development only) read into questions and
 * product pages: every snippet of an ASIN becomes part of one Product, placed where a catalog would hold it.
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../src/core/catalog/csv-parse.ts';
import type { Product } from '../../src/core/catalog/types.ts';
import { readAttributeSnippet } from './attribute-snippet.ts';

export interface Snippet {
  text: string;
  source: string;
  /** The snippet as it reads on the built page (an attribute as "Name: value"). */
  shown: string;
}

export interface Row {
  asin: string;
  question: string;
  snippet: Snippet;
  /** dev/train: the human answer. */
  answer?: string;
  /** evidence ranking: the question's id and whether the snippet answers it. */
  qid?: string;
  relevant?: boolean;
}

/** Reads a hetPQA TSV file (dev/train or evidence ranking) into rows. */
export async function readRows(file: string): Promise<Row[]> {
  const table = parseCsv(await readFile(file, 'utf8'), file);
  const at = (name: string) => table.header.indexOf(name);
  const [asin, question, candidate, answer, source, qid, label] = [
    'ASIN',
    'question',
    'candidate',
    'answer',
    'source',
    'qid',
    'label',
  ].map(at);
  return table.records.flatMap(({ cells }) => {
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? undefined : cells[i]);
    const text = cell(candidate)?.trim();
    const id = cell(asin);
    const asked = cell(question);
    if (!text || !id || !asked) return [];
    const kind = cell(source) ?? '';
    const attribute = kind === 'attribute' ? readAttributeSnippet(text) : undefined;
    return [
      {
        asin: id,
        question: asked,
        snippet: { text, source: kind, shown: attribute ? `${attribute.name}: ${attribute.value}` : text },
        answer: cell(answer),
        qid: cell(qid),
        relevant: label === undefined || label < 0 ? undefined : cell(label) === '1',
      },
    ];
  });
}

/** One product page per ASIN from all of its snippets (each distinct snippet once). */
export function buildProducts(rows: readonly Row[]): Map<string, Product> {
  const pages = new Map<string, Product>();
  const seen = new Set<string>();
  for (const { asin, snippet } of rows) {
    const key = `${asin}\t${snippet.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let page = pages.get(asin);
    if (!page) {
      page = {
        id: asin,
        title: '',
        description: '',
        categoryPath: ['Toys & Games'],
        price: Number.NaN,
        currency: 'USD',
        variants: [],
        attributes: {},
        highlights: [],
        tags: [],
        images: [],
        availability: 'unknown',
        reviews: [],
        faq: [],
        policies: {},
      };
      pages.set(asin, page);
    }
    if (snippet.source === 'attribute') {
      const attribute = readAttributeSnippet(snippet.text);
      if (attribute && page.attributes[attribute.name] === undefined)
        page.attributes[attribute.name] = attribute.value;
    } else if (snippet.source === 'bullet') page.highlights?.push(snippet.text);
    else if (snippet.source === 'review') page.reviews.push({ rating: 0, text: snippet.text });
    else if (snippet.source === 'CQA') page.faq.push({ question: '', answer: snippet.text });
    else page.description = page.description ? `${page.description}\n${snippet.text}` : snippet.text;
  }
  return pages;
}
