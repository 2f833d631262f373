/**
 * `ucwa diff A B`: what changed between two payloads, whatever their form.
 * Each side is decoded to its JSON value (XML or JSON, a body inside an HTTP
 * message, a batch or a HAR capture), and the values are compared by the
 * project's one differ (check/diff.ts): added, removed, changed (both
 * values) and moved array items (paired by `_links.self.href`), each at its
 * JSON pointer. `--ignore` globs over pointers leave volatile places out.
 *
 * A side is a file, `-`, or a file with a selector naming one document of
 * it, as `ucwa validate` numbers them: `capture.har#3` (entry 3's response
 * body, `#3:request` for its request body), `session.http#2` (message 2),
 * `batch.txt#4` (part 4). Without selectors, files holding several documents
 * are compared document by document, in order.
 *
 * Exit codes: 0 equal, 1 different, 2 usage error or a side that cannot be
 * read or decoded.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Change } from '../../check/diff.js';
import { jsonPreview } from '../../codec/preview.js';
import { UcwaError, append, diagnostic, type Diagnostic } from '../../diagnostic.js';
import { DECODE_OPTIONS, oneOf, parseCommandArgs } from '../args.js';
import { palette, useColor, type ColorMode } from '../color.js';
import { escapeControl } from '../escape.js';
import { compileGlob } from '../glob.js';
import { DIFF_HELP } from '../help.js';
import { loadInput, type InputDocument } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { checkResourceName } from '../options.js';
import { formatDiagnosticLine, shiftLines } from '../report.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  color: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  resource: DECODE_OPTIONS.resource,
} as const;

/** Version of the `--format json` document. */
export const DIFF_FORMAT_VERSION = 1;

/** One side: the file and, when given, which document of it. */
interface Side {
  operand: string;
  path: string;
  selector?: { n: number; role?: 'request' | 'response' };
}

/** A pair of documents compared, and what differs. */
interface PairResult {
  left: string;
  right: string;
  changes: Change[];
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('diff', args, OPTIONS);
  const v = parsed.values as { help?: boolean; format?: string; color?: string; ignore?: string[]; resource?: string };
  if (v.help) {
    io.write(DIFF_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 2) throw new UsageError('give two payloads to compare: ucwa diff A B.', 'diff');
  const format = oneOf('diff', 'format', v.format, ['text', 'json'], 'text');
  const mode = oneOf<ColorMode>('diff', 'color', v.color, ['auto', 'always', 'never'], 'auto');
  const color = useColor(mode, io);
  const errorColor = useColor(mode, { env: io.env, stdoutIsTTY: io.stderrIsTTY });
  const ignore = ignoreMatcher(v.ignore ?? []);
  const resource = await checkResourceName('diff', v.resource);
  const [a, b] = parsed.positionals.map((operand) => sideOf(operand, io.cwd)) as [Side, Side];
  if (a.path === '-' && b.path === '-') throw new UsageError('only one side can be standard input.', 'diff');

  const left = await documentsOf(a, io);
  const right = await documentsOf(b, io);
  const problems = [...left.problems, ...right.problems];
  if (problems.length) {
    io.error(problems.map(({ label, d }) => `${formatDiagnosticLine(label, d, errorColor)}\n`).join(''));
    return EXIT.usage;
  }
  const { decodeJson } = await import('../../json/decode.js');
  const { decodeXml } = await import('../../xml/decode.js');
  const { diffValues } = await import('../../check/diff.js');
  const options = resource !== undefined ? { resource } : {};
  const decode = (doc: InputDocument): { value: unknown } | { problems: Diagnostic[] } => {
    try {
      return { value: doc.form === 'json' ? decodeJson(doc.text, options) : decodeXml(doc.text, options) };
    } catch (error) {
      if (error instanceof UcwaError) return { problems: shiftLines(error.diagnostics, doc.lineOffset) };
      throw error;
    }
  };

  const results: PairResult[] = [];
  const failures: string[] = [];
  const count = Math.max(left.documents.length, right.documents.length);
  for (let i = 0; i < count; i++) {
    const l = left.documents[i];
    const r = right.documents[i];
    const lv = l && decode(l);
    const rv = r && decode(r);
    for (const [doc, got] of [[l, lv], [r, rv]] as const) {
      if (doc && got && 'problems' in got) append(failures, got.problems.map((d) => formatDiagnosticLine(doc.label, d, errorColor)));
    }
    if ((lv && 'problems' in lv) || (rv && 'problems' in rv)) continue;
    // A document with no counterpart is all added (or all removed).
    const changes = !l ? [{ kind: 'added' as const, path: '', right: (rv as { value: unknown }).value }] : !r ? [{ kind: 'removed' as const, path: '', left: (lv as { value: unknown }).value }] : diffValues(lv!.value, rv!.value, { ignore });
    results.push({ left: l?.label ?? '(none)', right: r?.label ?? '(none)', changes });
  }
  if (failures.length) {
    io.error(failures.map((line) => `${line}\n`).join(''));
    return EXIT.usage;
  }
  io.write(format === 'json' ? formatJson(results) : formatText(results, color));
  return results.some((r) => r.changes.length) ? EXIT.invalid : EXIT.ok;
}

/** `capture.har#3`, `capture.har#3:request`, `session.http#2`: a file and a document of it; a file whose name holds `#` is taken whole. */
function sideOf(operand: string, cwd: string): Side {
  const hash = operand.lastIndexOf('#');
  if (hash < 0 || operand === '-' || existsSync(resolve(cwd, operand))) return { operand, path: operand };
  const match = /^(\d+)(?::(request|response))?$/.exec(operand.slice(hash + 1));
  if (!match) throw new UsageError(`"${operand}": after "#" comes a document number as "ucwa validate" reports it (file.har#3, file.har#3:request, file.http#2).`, 'diff');
  const selector: Side['selector'] = { n: Number(match[1]) };
  if (match[2]) selector.role = match[2] as 'request' | 'response';
  return { operand, path: operand.slice(0, hash), selector };
}

/** `entry 3 GET https://... (response)`, `message 2 409 Conflict`, `part 4 ...`: the number and role of a document. */
const DOCUMENT_LABEL = /^(?:entry|message|part) (\d+)\b.*?(?: \((request|response)\))?$/;

async function documentsOf(side: Side, io: Io): Promise<{ documents: InputDocument[]; problems: Array<{ label: string; d: Diagnostic }> }> {
  const input = await loadInput(side.path, io);
  const problems = input.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ label: side.path, d }));
  const usable = input.documents.filter((doc) => {
    if (!doc.problems) return true;
    append(problems, shiftLines(doc.problems, doc.lineOffset).map((d) => ({ label: doc.label, d })));
    return false;
  });
  if (problems.length) return { documents: [], problems };
  if (!side.selector) {
    if (usable.length === 0) problems.push({ label: side.path, d: diagnostic('cli.not-checked', 'The input holds no UCWA JSON or XML body to compare.') });
    return { documents: usable, problems };
  }
  const { n, role } = side.selector;
  const numbered = usable.filter((doc) => {
    const m = DOCUMENT_LABEL.exec(doc.label.slice(side.path.length + 1));
    return doc.label.startsWith(`${side.path}#`) && m && Number(m[1]) === n && (role === undefined || m[2] === undefined || m[2] === role);
  });
  // A HAR entry without a role: its response body, else its request body.
  const chosen = numbered.find((doc) => doc.role === (role ?? 'response')) ?? numbered[0];
  if (!chosen) {
    const known = usable.map((doc) => doc.label.slice(side.path.length + 1)).filter((l) => DOCUMENT_LABEL.test(l));
    const list = known.length ? `; it holds: ${known.slice(0, 6).join('; ')}${known.length > 6 ? '; ...' : ''}` : '; it holds one document: leave out the "#"';
    throw new UsageError(`${side.operand} names no document of ${side.path}${list}.`, 'diff');
  }
  return { documents: [chosen], problems };
}

/**
 * `--ignore` globs over JSON pointers (`/_links/*\/href`, `**\/etag`,
 * `/_embedded/**`): `*` within a token, `**` across tokens; a place is left
 * out when a glob matches it or a place above it.
 */
function ignoreMatcher(globs: string[]): ((pointer: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  const matchers = globs.map((g) => {
    if (g === '' || g === '/') throw new UsageError('--ignore needs a pointer glob such as "**/etag" or "/_links/self/href".', 'diff');
    return compileGlob(g.startsWith('/') ? g.slice(1) : g);
  });
  return (pointer) => pointer !== '' && matchers.some((m) => m.covers(pointer.slice(1)));
}

function show(value: unknown): string {
  return jsonPreview(value, 120) ?? 'null';
}

function formatText(results: PairResult[], color: boolean): string {
  const p = palette(color);
  const lines: string[] = [];
  const several = results.length > 1;
  for (const r of results) {
    if (several || r.changes.length) lines.push(p.bold(`--- ${escapeControl(r.left)}`), p.bold(`+++ ${escapeControl(r.right)}`));
    for (const c of r.changes) {
      const at = escapeControl(c.path || '(root)');
      if (c.kind === 'added') lines.push(p.green(`+ ${at}: ${escapeControl(show(c.right))}`));
      else if (c.kind === 'removed') lines.push(p.red(`- ${at}: ${escapeControl(show(c.left))}`));
      else if (c.kind === 'changed') lines.push(p.yellow(`~ ${at}: ${escapeControl(show(c.left))} -> ${escapeControl(show(c.right))}`));
      else lines.push(p.dim(`> ${escapeControl(c.from ?? '')} -> ${at} (moved)`));
    }
  }
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}

function counts(results: PairResult[]): Record<Change['kind'], number> {
  const out = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const r of results) for (const c of r.changes) out[c.kind]++;
  return out;
}

function summaryLine(results: PairResult[]): string {
  const c = counts(results);
  const total = c.added + c.removed + c.changed + c.moved;
  const pairs = results.length > 1 ? ` in ${results.filter((r) => r.changes.length).length} of ${results.length} documents` : '';
  if (total === 0) return results.length > 1 ? `no differences (${results.length} documents)` : 'no differences';
  const parts = (['changed', 'added', 'removed', 'moved'] as const).filter((k) => c[k]).map((k) => `${c[k]} ${k}`);
  return `${total} ${total === 1 ? 'difference' : 'differences'}${pairs}: ${parts.join(', ')}`;
}

function formatJson(results: PairResult[]): string {
  const documents = results.map((r) => ({ left: r.left, right: r.right, equal: r.changes.length === 0, changes: r.changes.map(jsonChange) }));
  const c = counts(results);
  const summary = { documents: results.length, different: results.filter((r) => r.changes.length).length, ...c };
  return `${JSON.stringify({ version: DIFF_FORMAT_VERSION, equal: summary.different === 0, documents, summary }, null, 2)}\n`;
}

/** Keys in a fixed order: kind, path, from, left, right (those that apply). */
function jsonChange(c: Change): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: c.kind, path: c.path };
  if (c.from !== undefined) out.from = c.from;
  if (c.kind === 'removed' || c.kind === 'changed') out.left = c.left;
  if (c.kind === 'added' || c.kind === 'changed') out.right = c.right;
  return out;
}
