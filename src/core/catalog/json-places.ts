import { visit, type JSONPath } from 'jsonc-parser';
import type { ImportIssue } from './types.ts';

/** 'products[3].price' from ['products', 3, 'price']: the path form every JSON importer reports. */
export function jsonPath(segments: JSONPath): string {
  let path = '';
  for (const segment of segments)
    path += typeof segment === 'number' ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  return path;
}

/** Appends one segment to a path string, in the same form as jsonPath. */
export function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

/**
 * Gives issues that carry a JSON path the line and column where that path starts in the text. It walks the
 * text once, and only when there is something to place, so a clean import of a large file pays nothing.
 */
export function placeJsonIssues(text: string, issues: ImportIssue[]): void {
  const wanted = new Set(
    issues.filter((i) => i.path !== undefined && i.line === undefined).map((i) => i.path ?? ''),
  );
  if (wanted.size === 0) return;
  const found = new Map<string, { line: number; column: number }>();
  const note = (path: string, line: number, character: number) => {
    if (wanted.has(path) && !found.has(path)) found.set(path, { line: line + 1, column: character + 1 });
  };
  const atValue = (_o: number, _l: number, line: number, character: number, path: () => JSONPath) =>
    note(jsonPath(path()), line, character);
  visit(text, {
    onObjectBegin: atValue,
    onArrayBegin: atValue,
    onLiteralValue: (_value: unknown, ...rest: [number, number, number, number, () => JSONPath]) =>
      atValue(...rest),
    onObjectProperty: (property, _o, _l, line, character, path) =>
      note(jsonPath([...path(), property]), line, character),
  });
  for (const issue of issues) {
    const place = issue.path === undefined ? undefined : found.get(issue.path);
    if (place && issue.line === undefined) {
      issue.line = place.line;
      issue.column = place.column;
    }
  }
}
