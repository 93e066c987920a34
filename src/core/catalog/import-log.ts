import type { ImportIssue } from './types.ts';

/** Where in the source a fault sits: a JSON path, or a CSV line and column header. */
export interface SourcePlace {
  line?: number;
  column?: number | string;
  path?: string;
}

/** Collects the issues of one import, each stamped with the file name. */
export class ImportLog {
  readonly issues: ImportIssue[] = [];

  constructor(readonly file: string) {}

  error(message: string, place: SourcePlace = {}): void {
    this.issues.push({ severity: 'error', file: this.file, ...place, message });
  }

  warning(message: string, place: SourcePlace = {}): void {
    this.issues.push({ severity: 'warning', file: this.file, ...place, message });
  }
}
