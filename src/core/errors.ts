/** Error codes that cross the worker boundary and reach the UI. */
export type ErrorCode =
  | 'bad-request'
  | 'aborted'
  | 'unsupported-browser'
  | 'model-file-missing'
  | 'checksum-mismatch'
  | 'out-of-memory'
  | 'storage-full'
  | 'catalog-invalid'
  | 'no-catalog'
  /** The assistant's worker stopped (terminated, crashed, out of memory); the UI starts a new one. */
  | 'worker-died'
  | 'internal';

/** A typed error that survives structured cloning as {code, message} and is rebuilt on the other side. */
export class AisleError extends Error {
  override readonly name = 'AisleError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message };
  }

  static from(error: unknown): AisleError {
    if (error instanceof AisleError) return error;
    if (error instanceof Error && error.name === 'AbortError') return new AisleError('aborted', 'Stopped.');
    return new AisleError('internal', error instanceof Error ? error.message : String(error));
  }
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
}
