/** Loading progress as the UI shows it: one event per file (with `file`) and one overall (without). */
export interface Progress {
  phase: 'download' | 'cache' | 'compile';
  model: string;
  file?: string;
  loaded: number;
  total: number;
}
