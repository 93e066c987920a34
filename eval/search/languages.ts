/**
 * recall@10 of the English, Chinese and cross-language (Chinese query, English products) relevance sets, with
 * every shipped embedder and all three modes, in one run; writes the "## Multilingual search" section of
 * docs/quality.md. `npm run eval:search:languages` (add `-- --embedder <id>` to measure one embedder only).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readCatalogFile } from '../../cli/io.ts';
import { nodeEngine } from '../../cli/model-source.ts';
import { EMBEDDERS, embedderManifest } from '../../src/core/runtime/registry.ts';
import { createProductSearch, type SearchMode } from '../../src/core/search/index.ts';
import { measureRecall, readRelevanceSet, type RelevanceCase } from './relevance.ts';

const QUALITY = new URL('../../docs/quality.md', import.meta.url);
const MODES: SearchMode[] = ['lexical', 'dense', 'hybrid'];
const HEADING = '## Multilingual search';

interface QuerySet {
  name: string;
  file: URL;
  catalog: string;
}
const SETS: QuerySet[] = [
  {
    name: 'English (`relevance.jsonl`, demo catalog)',
    file: new URL('./relevance.jsonl', import.meta.url),
    catalog: 'public/catalog/products.json',
  },
  {
    name: 'Chinese (`relevance-zh.jsonl`, Chinese catalog `eval/catalogs/zh`)',
    file: new URL('./relevance-zh.jsonl', import.meta.url),
    catalog: 'eval/catalogs/zh/products.json',
  },
  {
    name: 'cross-language (`relevance-cross.jsonl`: Chinese queries, English demo catalog)',
    file: new URL('./relevance-cross.jsonl', import.meta.url),
    catalog: 'public/catalog/products.json',
  },
];

type Row = { set: string; queries: number; embedder: string; recall: Record<SearchMode, number> };

async function measure(embedderId: string, set: QuerySet, cases: RelevanceCase[]): Promise<Row> {
  const { catalog } = await readCatalogFile(set.catalog);
  const engine = nodeEngine({ embedder: embedderId });
  try {
    const search = await createProductSearch(catalog, {
      embed: (texts, kind) => engine.embed(texts, { kind }),
    });
    const recall = { lexical: 0, dense: 0, hybrid: 0 };
    for (const mode of MODES) recall[mode] = (await measureRecall(search, cases, mode)).recall;
    return { set: set.name, queries: cases.length, embedder: embedderId, recall };
  } finally {
    await engine.dispose();
  }
}

function section(rows: Row[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  return [
    HEADING,
    '',
    'recall@10 by query language and embedder, all three modes, measured in one run by',
    '`npm run eval:search:languages`. Lexical search does not use the embedder (same figure for both). The',
    'Chinese catalog has 30 products, so its top 10 is a third of it: read that row as a sanity check; the',
    'cross-language set (50 Chinese queries over the 194 English products) is the one that tells the embedders apart.',
    '',
    '| query set | queries | embedder | lexical | dense | hybrid |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.set} | ${row.queries} | ${row.embedder} | ${percent(row.recall.lexical)} | ` +
        `${percent(row.recall.dense)} | ${percent(row.recall.hybrid)} |`,
    ),
    '',
  ].join('\n');
}

/** Replaces this script's section of the quality report (or adds it) and keeps every other section. */
function replaceSection(document: string, replacement: string): string {
  const start = document.indexOf(HEADING);
  if (start < 0) return `${document.trimEnd()}\n\n${replacement}`;
  const next = document.indexOf('\n## ', start + 1);
  return `${document.slice(0, start)}${replacement}${next < 0 ? '' : `\n${document.slice(next + 1)}`}`;
}

const { values } = parseArgs({ options: { embedder: { type: 'string' } } });
const embedders = values.embedder ? [embedderManifest(values.embedder)] : EMBEDDERS;
const rows: Row[] = [];
for (const set of SETS) {
  const cases = await readRelevanceSet(set.file);
  for (const embedder of embedders) {
    const row = await measure(embedder.id, set, cases);
    console.log(
      `${set.file.pathname.split('/').pop()} ${embedder.id}: ` +
        MODES.map((mode) => `${mode} ${(row.recall[mode] * 100).toFixed(1)}%`).join(', '),
    );
    rows.push(row);
  }
}
let document = '# Quality\n';
try {
  document = await readFile(QUALITY, 'utf8');
} catch {
  // first run: the report starts here
}
await writeFile(QUALITY, replaceSection(document, section(rows)));
