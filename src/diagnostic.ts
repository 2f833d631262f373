/**
 * Errors are data: every layer (codec, validator, CLI) reports problems as
 * `Diagnostic` values. Line and column are 1-based positions in the text
 * that was given; `path` is a JSON pointer into the decoded JSON value.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `xml.malformed`, `schema.enum`. */
  code: string;
  /** A sentence a person understands without knowing ajv or the parser. */
  message: string;
  /** JSON pointer into the decoded value ('' for the whole document). */
  path: string;
  line?: number;
  column?: number;
}

/** Thrown by the decoders when input cannot be decoded; never a bare TypeError. */
export class UcwaError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    const where = first?.line ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
    super(first ? `${first.message}${where}` : 'input could not be decoded');
    this.name = 'UcwaError';
    this.diagnostics = diagnostics;
  }
}

export function diagnostic(
  code: string,
  message: string,
  at: { path?: string; line?: number; column?: number } = {},
  severity: Severity = 'error',
): Diagnostic {
  const d: Diagnostic = { severity, code, message, path: at.path ?? '' };
  if (at.line !== undefined) d.line = at.line;
  if (at.column !== undefined) d.column = at.column;
  return d;
}
