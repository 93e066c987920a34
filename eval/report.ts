import type { ModeSummary, Tally } from './summary.ts';
import type { EvalMode } from './types.ts';

const LABELS: Record<EvalMode, string> = { model: 'with model', template: 'template only' };

function share({ hits, total }: Tally): string {
  return total === 0 ? '–' : `${Math.round((100 * hits) / total)}% (${hits}/${total})`;
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : '–';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One set's run, as the quality page reports it. */
export interface SetReport {
  name: string;
  /** The set's folder and catalog file, relative to the repository root. */
  dir: string;
  catalog: string;
  summaries: Partial<Record<EvalMode, ModeSummary>>;
}

function setTables({ name, dir, catalog, summaries }: SetReport): string[] {
  const modes = (['model', 'template'] as const).filter((m) => summaries[m] !== undefined);
  const pick = (f: (s: ModeSummary) => string) =>
    modes.map((m) => {
      const summary = summaries[m];
      return summary ? f(summary) : '–';
    });
  const first = modes.map((m) => summaries[m]).find((s) => s !== undefined);
  const overall = table(
    ['measure', ...modes.map((m) => LABELS[m])],
    [
      ['answer accuracy (turn meets every expectation)', ...pick((s) => share(s.answerAccuracy))],
      ['intent accuracy', ...pick((s) => share(s.intentAccuracy))],
      ['invented prices and numbers (scorer’s own check)', ...pick((s) => String(s.inventedFacts))],
      ['"don’t know" said when due', ...pick((s) => share(s.dontKnowSaid))],
      ['"don’t know" not said when an answer was due', ...pick((s) => share(s.dontKnowAvoided))],
      ['median time to first product card', ...pick((s) => ms(s.medianFirstCardMs))],
      ['median time to last token', ...pick((s) => ms(s.medianLastTokenMs))],
    ],
  );
  const categories = [...new Set(modes.flatMap((m) => Object.keys(summaries[m]?.byCategory ?? {})))].sort();
  const perCategory = table(
    ['category', 'turns', ...modes.map((m) => LABELS[m])],
    categories.map((c) => [
      c,
      String(first?.byCategory[c]?.total ?? 0),
      ...pick((s) => {
        const entry = s.byCategory[c];
        return entry ? share(entry) : '–';
      }),
    ]),
  );
  return [
    `### ${name}`,
    '',
    `${first?.conversations ?? 0} conversations (${first?.turns ?? 0} turns) from \`${dir}\` over \`${catalog}\`.`,
    '',
    overall,
    '',
    perCategory,
    '',
  ];
}

/** The "## Assistant" section of docs/quality.md: for each set, both modes side by side, then by category. */
export function assistantSection(sets: SetReport[], about: { date: string }): string {
  return [
    '## Assistant',
    '',
    `Measured by \`npm run eval\` on ${about.date} over every set in \`eval/sets/\` (each with its own ` +
      'catalog and store profile), answered once with the language model phrasing the answers and once ' +
      'from templates alone. The scorer checks intents, the products shown, required and forbidden ' +
      'mentions (whole words; a price however it is written), the language of the answer, and whether the ' +
      'assistant admits what the catalog does not say — and does not when an answer was due; it counts ' +
      'every price or number in an answer that neither the products it concerns, the store profile nor ' +
      'the shopper stated.',
    '',
    ...sets.flatMap(setTables),
  ].join('\n');
}

/** Replaces the "## Assistant" section (up to the next "## " heading), or appends it at the end. */
export function replaceSection(document: string | undefined, section: string): string {
  const base = document ?? '# Quality\n';
  const start = base.search(/^## Assistant\s*$/m);
  if (start < 0) return `${base.trimEnd()}\n\n${section.trimEnd()}\n`;
  const rest = base.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? base.length : start + 1 + next;
  const after = base.slice(end);
  return `${base.slice(0, start)}${section.trimEnd()}\n${after === '' ? '' : `\n${after}`}`;
}
