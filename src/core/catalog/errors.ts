/** Why a catalog file could not be read at all. Carries the place of the fault for the staff member. */
export class CatalogFormatError extends Error {
  override readonly name = 'CatalogFormatError';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, reason: string, place?: { line: number; column: number }) {
    const where = place ? `${file}:${place.line}:${place.column}` : file;
    super(`${where}: ${reason}`);
    this.file = file;
    this.line = place?.line;
    this.column = place?.column;
  }
}
