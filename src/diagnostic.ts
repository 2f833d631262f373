/**
 * Errors are data: every layer (codec, validator, CLI) reports problems as
 * `Diagnostic` values. Line and column are 1-based positions in the text
 * that was given; `path` is a JSON pointer into the decoded JSON value.
 */
export type Severity = 'error' | 'warning';

/**
 * Every diagnostic code, with one line of help for each (SARIF rules, docs).
 * Codes are a stable public contract: a new code starts here, and a change
 * to one gets a line in CHANGELOG.md. Grouped by prefix: where the problem
 * was found.
 */
export const DIAGNOSTIC_CODES = {
  'xml.malformed': 'The XML text is not well-formed XML 1.0.',
  'xml.doctype': 'The XML document has a DOCTYPE; UCWA payloads never carry one, and it is refused.',
  'xml.namespace': 'A Namespaces 1.0 rule is broken (unbound prefix, malformed qualified name, `xml`/`xmlns` rebound, an attribute repeated under two prefixes), or an element is outside the UCWA namespace.',
  'xml.unexpected-element': 'An element, attribute or text is not one the UCWA XML form allows at that place.',
  'json.syntax': 'The JSON text is not valid JSON.',
  'input.empty': 'The input holds no document.',
  'input.encoding': 'The bytes are not in the encoding that was declared or expected.',
  'input.too-deep': 'The document nests deeper than the maxDepth limit.',
  'input.too-large': 'The document is larger than the maxBytes limit.',
  'input.too-many-problems': 'The document has more problems than are listed (100,000): it is invalid, and the rest are not listed.',
  'input.argument': 'An argument of a library function has the wrong type (a body that is neither text nor bytes, an option or a field of another type).',
  'value.forbidden-name': 'A key such as __proto__, constructor or prototype, refused so that no prototype can be reached.',
  'value.boolean': 'A boolean property holds text other than true or false.',
  'value.integer': 'An integer property holds text that is not an integer.',
  'value.date': 'A date property holds text that is not a UCWA date.',
  'value.character': 'A character that XML 1.0 cannot carry.',
  'value.unreadable': 'A value built in code could not be read: a getter or a Proxy trap threw.',
  'schema.unknown-resource': 'The type of the document could not be told, or the name given is not a UCWA resource.',
  'schema.ambiguous-resource': 'The document has no rel and its names fit several types of the model; the resource option says which.',
  'schema.unknown-property': 'A property the model does not declare for this resource.',
  'schema.unknown-link': 'A link the model does not declare for this resource.',
  'schema.unknown-embedded': 'An embedded resource the model does not declare for this resource.',
  'schema.required': 'A required property or parameter is missing.',
  'schema.type': 'A value has the wrong type for its place in the model.',
  'schema.enum': 'A value is not a member of its enumeration.',
  'schema.pattern': 'A value does not have the form its place requires.',
  'schema.max-length': 'A value is longer than its place allows.',
  'schema.name-case': 'A request-body name written in another case than the documented one; UCWA accepts it (a warning, an error in strict mode).',
  'schema.validator-unavailable': 'The validator of the type is not loaded: a build without the ajv compiler (the browser entry) validates with precompiled validators, which loadValidators loads.',
  'schema.date-form': 'A date in a JSON request body written in ISO 8601, not as /Date(ms)/; UCWA accepts it (a warning, an error in strict mode).',
  'http.malformed': 'The HTTP message (start line, headers or body framing) could not be read.',
  'http.content-type': 'The Content-Type is missing or is not one UCWA uses.',
  'http.method': 'The request uses a method that the resource it targets does not document (a warning; an error with --strict).',
  'http.status-mismatch': 'The error body and the status line disagree: its code goes with another HTTP status, or an error came with a success status.',
  'http.undocumented-error': 'The error (code and subcode) is neither documented for the operation nor a generic error (a warning; an error with --strict).',
  'settings.syntax': 'The settings file is not valid JSON.',
  'settings.type': 'A setting has the wrong type.',
  'settings.unknown-key': 'A settings key that ucwa does not know.',
  'settings.unknown-resource': 'A resource or enumeration named in the settings is not in the UCWA model.',
  'settings.glob': 'A glob in the settings cannot be used.',
  'twin.mismatch': 'An XML fixture and its JSON twin decode to different values.',
  'cli.not-found': 'A path given on the command line does not exist.',
  'cli.no-match': 'A path or glob matches no file.',
  'cli.unreadable': 'A file or folder could not be read.',
  'cli.unwritable': 'The output could not be written.',
  'cli.unknown-input': 'The file is none of the forms ucwa reads (UCWA body, HTTP message, batch, HAR).',
  'cli.multiple-documents': 'The command takes one document, and the input holds several.',
  'cli.not-checked': 'A file was left unchecked.',
  'cli.internal': 'An internal error of ucwa; please report it.',
} as const satisfies Record<string, string>;

/** A stable machine-readable diagnostic code: see {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `xml.malformed`, `schema.enum`. */
  code: DiagnosticCode;
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
    if (!Array.isArray(diagnostics)) diagnostics = [];
    const head: unknown = diagnostics[0];
    const first = typeof head === 'object' && head !== null ? (head as Partial<Diagnostic>) : undefined;
    const where = first?.line ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
    super(first ? `${first.message}${where}` : 'input could not be decoded');
    this.name = 'UcwaError';
    this.diagnostics = diagnostics;
  }
}

/** Builds a diagnostic; `at` gives its JSON pointer and, for text, its 1-based position. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  at: { path?: string; line?: number; column?: number } = {},
  severity: Severity = 'error',
): Diagnostic {
  const d: Diagnostic = { severity, code, message, path: at?.path ?? '' };
  if (at?.line !== undefined) d.line = at.line;
  if (at?.column !== undefined) d.column = at.column;
  return d;
}

/**
 * Most problems one document reports, in every stage that lists them: validation
 * (ajv's code is bounded to it, validate/validators.ts), the XML decoder and the
 * XML encoder (`pushBounded`). ajv (with `allErrors`) makes an
 * error object of some 300 bytes for each, and a diagnostic costs about a
 * kilobyte more: without a bound, a 16 MB list of wrong items, a flat object
 * with a million unknown names or a sparse array of length 1e7 cost
 * gigabytes; at the bound, some 150 MB and a few seconds. Far above what a
 * real payload has (a contact list of thousands, each with a new property).
 */
export const MAX_PROBLEMS = 100_000;

/**
 * Adds `d` to a document's problems. The one past MAX_PROBLEMS is not added:
 * `input.too-many-problems` closes the list, which is thrown as a UcwaError,
 * so a stage that finds a problem per attribute or element stops there.
 */
export function pushBounded(list: Diagnostic[], d: Diagnostic): void {
  if (list.length < MAX_PROBLEMS) {
    list.push(d);
    return;
  }
  list.push(diagnostic('input.too-many-problems', `The document has more than ${MAX_PROBLEMS} problems; the rest are not listed.`));
  throw new UcwaError(list);
}

/** Diagnostics sorted by position in the text (unplaced ones last, original order kept on ties). */
export function inDocumentOrder<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  const key = (d: Diagnostic) => (d.line === undefined ? Infinity : d.line * 1e7 + (d.column ?? 0));
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1])
    .map(([d]) => d);
}

/**
 * Appends `more` to `out` one at a time. `out.push(...more)` passes each item
 * as an argument on the call stack, which overflows (a RangeError) for a
 * list of some 100,000 diagnostics.
 */
export function append<T>(out: T[], more: Iterable<T>): T[] {
  for (const item of more) out.push(item);
  return out;
}
