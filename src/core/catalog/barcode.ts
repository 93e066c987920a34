import type { ImportLog, SourcePlace } from './import-log.ts';

/**
 * A barcode as the source gives it. A spreadsheet that shows a long number in scientific notation
 * (3.65275E+11) has already thrown its last digits away, so such a value is reported, never "repaired".
 */
export function readBarcode(value: string, log: ImportLog, place: SourcePlace): string | undefined {
  const text = value.trim().replace(/^'/, '');
  if (text === '') return undefined;
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(text)) {
    log.warning(
      `barcode "${text}" was damaged by a spreadsheet (scientific notation lost its last digits); not imported: format the column as text and export again`,
      place,
    );
    return undefined;
  }
  return text;
}
