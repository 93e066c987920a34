import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importJsonCatalog, type ImportResult } from '../src/core/catalog/index.ts';

/** A failure the user caused and can fix: printed as one line, exit code 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function readCatalogFile(path: string): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`}`,
    );
  }
  return importJsonCatalog(text, { file: path.includes('/') ? path : basename(path) });
}
