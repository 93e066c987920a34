import { readFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  checkCatalogSize,
  importCatalog,
  parseCatalogMapping,
  type CatalogMapping,
  type ImportResult,
} from '../src/core/catalog/index.ts';

/** A failure the user caused and can fix: printed as one line, exit code 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

async function readBytes(path: string, { catalog = false } = {}): Promise<Uint8Array> {
  try {
    // A catalog past the size limit is refused before it is read into memory.
    if (catalog) checkCatalogSize((await stat(path)).size, path);
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`}`);
  }
}

export async function readMappingFile(path: string): Promise<CatalogMapping> {
  return parseCatalogMapping(new TextDecoder().decode(await readBytes(path)), path);
}

/** Reads and imports a catalog file of any supported format, with an optional mapping file. */
export async function readCatalogFile(
  path: string,
  options: { mapping?: string } = {},
): Promise<ImportResult> {
  const mapping = options.mapping === undefined ? undefined : await readMappingFile(options.mapping);
  const bytes = await readBytes(path, { catalog: true });
  return importCatalog(bytes, { file: path, mapping });
}

/** Node's parseArgs, with a bad option reported as a usage error that shows the command's help. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${help}`);
  }
}
