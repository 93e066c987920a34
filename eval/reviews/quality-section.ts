/**
 * Replaces the section of docs/quality.md that starts with `heading` (up to the next "## " heading), or
 * appends it; every other section stays as it is. eval/report.ts has the same for "## Assistant" only.
 */
export function replaceSection(document: string | undefined, heading: string, section: string): string {
  const base = document ?? '# Quality\n';
  const lines = base.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === heading);
  if (start < 0) return `${base.trimEnd()}\n\n${section.trimEnd()}\n`;
  const after = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const rest = after < 0 ? [] : lines.slice(after);
  return [...lines.slice(0, start), section.trimEnd(), ...(rest.length > 0 ? ['', ...rest] : [''])].join(
    '\n',
  );
}
