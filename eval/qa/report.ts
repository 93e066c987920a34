import type { AnswerSplit, RankingSplit, SystemScore, Tally } from './evaluate.ts';

export const HEADING = '## Product questions (hetPQA)';

const pct = ({ hits, total }: Tally) =>
  total === 0 ? '–' : `${Math.round((100 * hits) / total)}% (${hits}/${total})`;
const f1 = (s: SystemScore) => s.f1.toFixed(3);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface Figures {
  answers: AnswerSplit;
  /** Each question against its own labelled candidates. */
  ranking: RankingSplit;
  /** Each question against all snippets of its product. */
  rankingByProduct: RankingSplit;
}

/** The figures as a table: assistant beside both baselines. */
export function figuresTable({ answers, ranking, rankingByProduct }: Figures, split = 'dev'): string {
  return table(
    ['measure', 'assistant', 'baseline (snippet as written)', 'baseline (snippet as on the page)'],
    [
      [
        `token F1, ${split} (${answers.questions} questions)`,
        f1(answers.assistant),
        f1(answers.baseline),
        f1(answers.baselineShown),
      ],
      [
        'yes/no agreement (human answer starts with yes/no)',
        pct(answers.assistant.yesNo),
        pct(answers.baseline.yesNo),
        pct(answers.baselineShown.yesNo),
      ],
      [
        `answers from a relevant passage, evidence ranking: the question's labelled snippets (${ranking.questions} questions)`,
        pct(ranking.assistant),
        pct(ranking.baseline),
        '–',
      ],
      [
        'the same, all snippets of the product on its page (unlabelled ones count as not relevant)',
        pct(rankingByProduct.assistant),
        pct(rankingByProduct.baseline),
        '–',
      ],
      [`"I don't know" on ${split}`, String(answers.dontKnow), '–', '–'],
    ],
  );
}

/** The first full dev run of one idea, as `--first-run "idea"` recorded it: the honest "before" of its tuning. */
export interface IdeaRun {
  idea: string;
  /** "F1 0.348 (baseline 0.289), yes/no 61/80, ranking 267/377 (baseline 186/377)." */
  figures: string;
  /** What a reader needs beside the figures (a measurement fault fixed later, the version before). */
  note?: string;
}

/** The figures of a run in one line, as an idea run records them. */
export function figuresLine({ answers, ranking }: Figures): string {
  return (
    `F1 ${answers.assistant.f1.toFixed(3)} (baseline ${answers.baseline.f1.toFixed(3)}), ` +
    `yes/no ${answers.assistant.yesNo.hits}/${answers.assistant.yesNo.total}, ` +
    `ranking ${ranking.assistant.hits}/${ranking.assistant.total} (baseline ${ranking.baseline.hits}/${ranking.baseline.total}).`
  );
}

/** The "## Product questions (hetPQA)" section of docs/quality.md. */
export function qaSection(figures: Figures, about: { date: string; ideas: readonly IdeaRun[] }): string {
  const ratio =
    figures.answers.baseline.f1 > 0 ? figures.answers.assistant.f1 / figures.answers.baseline.f1 : 0;
  return [
    HEADING,
    '',
    `Measured by \`npm run eval:qa\` on ${about.date} over hetPQA (Toys & Games; development data, not shipped; ` +
      'see /work/shared/data/qa/hetpqa/SOURCE.md). Every snippet of a product becomes part of one product page ' +
      '(attributes as "Name: value", bullet points as highlights, descriptions, reviews, community answers) and ' +
      'the question is asked against that page with `answerFromEvidence`. F1 is SQuAD-style token F1 of the whole ' +
      'reply, source label included, against the human answer; the baseline returns the snippet sharing the most ' +
      'words with the question. Evidence ranking asks each question once against its own labelled snippets and ' +
      'once against all snippets of its product. Tuned on train.tsv (the relevance threshold by ' +
      '`eval/qa/calibrate.ts`); the figures are dev and the evidence-ranking set, never tuned on.',
    '',
    figuresTable(figures),
    '',
    `F1 is ${ratio.toFixed(2)}× the baseline's (target 1.3×); targets: yes/no agreement 75%, evidence ranking 70%.`,
    '',
    'The first full dev run of each idea, before anything was tuned after it (the table above is the latest run):',
    '',
    ...about.ideas.map((run) => `- ${run.idea}: ${run.figures}${run.note ? ` ${run.note}` : ''}`),
    '',
  ].join('\n');
}

/** Replaces this section (up to the next "## " heading) or appends it; other sections stay as they are. */
export function replaceQaSection(document: string | undefined, section: string): string {
  const base = document ?? '# Quality\n';
  const start = base.indexOf(`\n${HEADING}\n`);
  if (start < 0) return `${base.trimEnd()}\n\n${section.trimEnd()}\n`;
  const from = start + 1;
  const next = base.slice(from + HEADING.length).search(/^## /m);
  const end = next < 0 ? base.length : from + HEADING.length + next;
  const after = base.slice(end);
  return `${base.slice(0, from)}${section.trimEnd()}\n${after === '' ? '' : `\n${after}`}`;
}
