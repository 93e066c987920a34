/**
 * Measures recall@10 of lexical, dense and hybrid search on the relevance set over the demo catalog, in one
 * run, and writes the table into docs/quality.md ("## Search" section). `npm run eval:search`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readCatalogFile } from '../../cli/io.ts';
import { nodeEngine } from '../../cli/model-source.ts';
import { createProductSearch, type SearchMode } from '../../src/core/search/index.ts';
import { measureRecall, readRelevanceSet, type RecallReport } from './relevance.ts';

const CATALOG = 'public/catalog/products.json';
const QUALITY = new URL('../../docs/quality.md', import.meta.url);
const MODES: SearchMode[] = ['lexical', 'dense', 'hybrid'];

function section(reports: RecallReport[], queries: number): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const rows = reports.map((report) => `| ${report.mode} | ${percent(report.recall)} |`);
  const hybrid = reports.find((report) => report.mode === 'hybrid');
  const misses = (hybrid?.perQuery ?? []).filter((row) => row.recall < 1);
  return [
    '## Search',
    '',
    `recall@10 over ${queries} queries on the demo catalog (\`eval/search/relevance.jsonl\`: plain names, misspellings,`,
    'synonyms, categories and price phrases), all three modes measured in one run by `npm run eval:search`.',
    '',
    '| mode | recall@10 |',
    '| --- | --- |',
    ...rows,
    '',
    'Queries where hybrid search found less than all of the relevant products:',
    '',
    ...misses.map((row) => `- ${row.id} "${row.query}": ${percent(row.recall)}`),
    '',
  ].join('\n');
}

/** Replaces the "## Search" section of the quality report (or adds it) and keeps every other section. */
function replaceSection(document: string, replacement: string): string {
  const start = document.indexOf('## Search');
  if (start < 0) return `${document.trimEnd()}\n\n${replacement}`;
  const next = document.indexOf('\n## ', start + 1);
  return `${document.slice(0, start)}${replacement}${next < 0 ? '' : `\n${document.slice(next + 1)}`}`;
}

const cases = await readRelevanceSet();
const { catalog } = await readCatalogFile(CATALOG);
const engine = nodeEngine();
try {
  const search = await createProductSearch(catalog, {
    embed: (texts, kind) => engine.embed(texts, { kind }),
  });
  const reports: RecallReport[] = [];
  for (const mode of MODES) {
    const report = await measureRecall(search, cases, mode);
    console.log(`${mode.padEnd(8)} recall@10 ${(report.recall * 100).toFixed(1)}%`);
    reports.push(report);
  }
  let document = '# Quality\n';
  try {
    document = await readFile(QUALITY, 'utf8');
  } catch {
    // first run: the report starts here
  }
  await writeFile(QUALITY, replaceSection(document, section(reports, cases.length)));
} finally {
  await engine.dispose();
}
