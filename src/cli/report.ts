/**
 * Results of checking commands, and how they are shown.
 *
 * A record is one checked document: a file, or one document inside a file
 * (a HAR entry body, a batch part), whose `path` then reads `file#where`.
 * Text output is one line per diagnostic, `path:line:column: severity code
 * message`, then a summary line; JSON output is one stable document
 * `{ version, files, summary }`. The exit code follows from the records.
 * Diagnostics of a record are shown in line order, whatever found them.
 * Text output shows every foreign string through `escapeControl` (escape.ts),
 * which other text formats reuse; JSON keeps the strings exact.
 */
import { inDocumentOrder, type Diagnostic } from '../diagnostic.js';
import { palette } from './color.js';
import { escapeControl } from './escape.js';
import { EXIT, type Io } from './io.js';
import type { InputKind } from './inputs.js';

export type RecordStatus = 'valid' | 'invalid' | 'error';

export interface FileRecord {
  /** What the diagnostics' line/column refer to: `file` or `file#entry 3 ...`. */
  path: string;
  /** The file the document came from (`-` for standard input). */
  file: string;
  /** `settings`: the repository settings' own mistakes, not counted among the files checked. */
  kind: InputKind | 'settings';
  status: RecordStatus;
  diagnostics: Diagnostic[];
  /** The type the document was checked as (a definition name), when one was found. */
  resource?: string;
  /** `resource` was inferred from the document's names: it has no rel, and nothing named its type. */
  inferred?: boolean;
  /** An internal error (a bug in ucwa) happened while checking this document. */
  internal?: boolean;
}

export interface Summary {
  /** Distinct files (and standard input) given or found; the settings file is not one. */
  files: number;
  /** Records: documents checked, plus files that yielded none. */
  checked: number;
  valid: number;
  invalid: number;
  /** Files that could not be read, or paths that matched nothing. */
  errors: number;
  /** Counted over every record, the settings' included. */
  errorCount: number;
  warningCount: number;
  /** Path of the settings file when it has mistakes (text summary only). */
  settings?: string;
  /** Documents whose type was inferred from their names. */
  inferred: number;
  /** The types inferred, each once, sorted (named by the text summary). */
  inferredTypes: string[];
}

/** Status from diagnostics: any error-severity diagnostic makes a document invalid. */
export function statusOf(diagnostics: readonly Diagnostic[]): RecordStatus {
  return diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
}

export function summarize(records: readonly FileRecord[]): Summary {
  const checked = records.filter((r) => r.kind !== 'settings');
  const count = (status: RecordStatus) => checked.filter((r) => r.status === status).length;
  const all = records.flatMap((r) => r.diagnostics);
  const summary: Summary = {
    files: new Set(checked.map((r) => r.file)).size,
    checked: checked.length,
    valid: count('valid'),
    invalid: count('invalid'),
    errors: count('error'),
    errorCount: all.filter((d) => d.severity === 'error').length,
    warningCount: all.filter((d) => d.severity === 'warning').length,
    inferred: records.filter((r) => r.inferred).length,
    inferredTypes: [...new Set(records.flatMap((r) => (r.inferred && r.resource ? [r.resource] : [])))].sort(),
  };
  const settings = records.find((r) => r.kind === 'settings' && r.status !== 'valid');
  if (settings) summary.settings = settings.path;
  return summary;
}

/** 0 all valid, 1 something invalid, 2 something unreadable, 70 an internal error. */
export function exitCodeOf(records: readonly FileRecord[]): number {
  if (records.some((r) => r.internal)) return EXIT.internal;
  if (records.some((r) => r.status === 'error')) return EXIT.usage;
  if (records.some((r) => r.status === 'invalid')) return EXIT.invalid;
  return EXIT.ok;
}

export interface TextOptions {
  color: boolean;
  /** Only error diagnostics, no summary. */
  quiet: boolean;
}

/**
 * One diagnostic as one line of text. Every string in it (the path, which
 * may be a file name or a HAR URL, the message, which quotes names and
 * values, the pointer) is escaped before colour is added: no input can
 * break the line or send a control sequence to the terminal.
 */
export function formatDiagnosticLine(path: string, d: Diagnostic, color = false): string {
  const p = palette(color);
  const where = d.line !== undefined ? `${escapeControl(path)}:${d.line}:${d.column ?? 1}` : escapeControl(path);
  const severity = d.severity === 'error' ? p.red(d.severity) : p.yellow(d.severity);
  const pointer = d.path ? ` ${p.dim(`(at ${escapeControl(d.path)})`)}` : '';
  return `${p.bold(`${where}:`)} ${severity} ${escapeControl(d.code)} ${escapeControl(d.message)}${pointer}`;
}

/** The line that names the type a document without rel was checked as. */
export function formatInferredLine(record: FileRecord, color = false): string {
  const p = palette(color);
  return `${p.bold(`${escapeControl(record.path)}:`)} ${p.dim(`typed as ${record.resource ?? '?'} by its names (it has no rel)`)}`;
}

export function formatText(records: readonly FileRecord[], options: TextOptions): string {
  const lines: string[] = [];
  for (const record of records) {
    if (!options.quiet && record.inferred) lines.push(formatInferredLine(record, options.color));
    for (const d of inDocumentOrder(record.diagnostics)) {
      if (options.quiet && d.severity !== 'error') continue;
      lines.push(formatDiagnosticLine(record.path, d, options.color));
    }
  }
  if (!options.quiet) lines.push(formatSummary(summarize(records), options.color));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatSummary(s: Summary, color = false): string {
  const p = palette(color);
  const files = `${s.files} ${s.files === 1 ? 'file' : 'files'} checked`;
  const documents = s.checked !== s.files ? ` (${s.checked} documents)` : '';
  const invalid = s.invalid ? p.red(`${s.invalid} invalid`) : `${s.invalid} invalid`;
  const errors = s.errors ? `, ${p.red(`${s.errors} unreadable`)}` : '';
  const settings = s.settings ? `; ${p.red(`the settings in ${escapeControl(s.settings)} have mistakes`)}` : '';
  const inferred = s.inferred ? ` (${s.inferred} typed by ${s.inferred === 1 ? 'its' : 'their'} names: ${namesOf(s.inferredTypes)})` : '';
  return `${files}${documents}, ${p.green(`${s.valid} valid`)}, ${invalid}${errors}${inferred}${settings}`;
}

/** Types named in the summary before "and N more". */
const SUMMARY_TYPES = 4;

function namesOf(types: readonly string[]): string {
  const more = types.length > SUMMARY_TYPES ? ` and ${types.length - SUMMARY_TYPES} more` : '';
  return `${types.slice(0, SUMMARY_TYPES).join(', ')}${more}`;
}

export const REPORT_FORMAT_VERSION = 1;

/**
 * The JSON report. Keys are always present and in this order, so the shape
 * is stable; `resource` is null when no type was found, `inferred` tells a
 * type taken from the document's names (no rel) from one it named or was given.
 */
export function formatJson(records: readonly FileRecord[]): string {
  const files = records.map((r) => ({
    path: r.path,
    file: r.file,
    kind: r.kind,
    status: r.status,
    resource: r.resource ?? null,
    inferred: r.inferred === true,
    diagnostics: inDocumentOrder(r.diagnostics).map(jsonDiagnostic),
  }));
  const s = summarize(records);
  const summary = { files: s.files, checked: s.checked, valid: s.valid, invalid: s.invalid, errors: s.errors, errorCount: s.errorCount, warningCount: s.warningCount, inferred: s.inferred };
  return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, files, summary }, null, 2)}\n`;
}

function jsonDiagnostic(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { severity: d.severity, code: d.code, message: d.message, path: d.path };
  if (d.line !== undefined) out.line = d.line;
  if (d.column !== undefined) out.column = d.column;
  return out;
}

/** Moves a diagnostic found in a body to where that body sits in its file. */
export function shiftLines(diagnostics: readonly Diagnostic[], lineOffset: number): Diagnostic[] {
  if (lineOffset === 0) return [...diagnostics];
  return diagnostics.map((d) => (d.line === undefined ? d : { ...d, line: d.line + lineOffset }));
}

/** The formats of the checking commands' reports. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportSettings {
  format: ReportFormat;
  color: boolean;
  quiet: boolean;
}

/**
 * Prints the records as the settings say, on standard output: text or JSON
 * here, the CI formats (SARIF, GitHub workflow commands, JUnit) from
 * formats/, loaded only when asked for. `command` names the command that
 * ran (in SARIF's automation id and JUnit's suite name).
 */
export async function writeReport(records: readonly FileRecord[], settings: ReportSettings, io: Pick<Io, 'write' | 'cwd'>, command = 'validate'): Promise<void> {
  switch (settings.format) {
    case 'json':
      return io.write(formatJson(records));
    case 'sarif': {
      const [{ formatSarif }, { readVersion }] = await Promise.all([import('./formats/sarif.js'), import('./version.js')]);
      return io.write(formatSarif(errorsOnly(records, settings.quiet), { cwd: io.cwd, version: await readVersion(), command }));
    }
    case 'github':
      return io.write((await import('./formats/github.js')).formatGithub(records, { cwd: io.cwd, quiet: settings.quiet }));
    case 'junit':
      return io.write((await import('./formats/junit.js')).formatJunit(errorsOnly(records, settings.quiet), { command }));
    default:
      return io.write(formatText(records, settings));
  }
}

/** With `--quiet`, the records without their warnings (their status stays as it was). */
function errorsOnly(records: readonly FileRecord[], quiet: boolean): readonly FileRecord[] {
  return quiet ? records.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : records;
}
