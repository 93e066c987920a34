import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { CatalogFormatError } from './errors.ts';

/** Line and column (both 1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const READABLE_CODES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

const TRUNCATION_CODES = new Set([
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'ValueExpected',
  'CommaExpected',
  'ColonExpected',
]);

/**
 * Parses JSON with the engine's fast parser; only when that fails is the text scanned again
 * to find where the fault is, so the message can name the line and column.
 */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new CatalogFormatError(file, 'the file is empty');
  const nul = body.indexOf('\u0000');
  if (nul !== -1)
    throw new CatalogFormatError(
      file,
      'this is a binary file, not a JSON text file',
      lineColumnAt(body, nul),
    );
  try {
    return JSON.parse(body);
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(body, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first) throw new CatalogFormatError(file, 'not valid JSON');
    const code = printParseErrorCode(first.error);
    const reason = READABLE_CODES[code] ?? code;
    const atEnd = TRUNCATION_CODES.has(code) && first.offset + first.length >= body.trimEnd().length;
    throw new CatalogFormatError(
      file,
      atEnd
        ? `not valid JSON: the file ends too early (${reason}); it may be truncated`
        : `not valid JSON: ${reason}`,
      lineColumnAt(body, first.offset),
    );
  }
}
