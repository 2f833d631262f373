/**
 * JUnit XML, as CI servers read test reports (GitLab's
 * `artifacts:reports:junit`, Jenkins, Azure Pipelines): one test suite for
 * the run, one test case per file. A file with error diagnostics fails,
 * its `<failure>` listing them one per line (`line:column: code message`);
 * an unreadable file (or a path matching nothing) is an `<error>`; warnings
 * of a passing file go to its `<system-out>`. Documents inside a file (HAR
 * entries, batch parts) are named in the lines.
 *
 * Written with the project's XML writer (well-formed by construction);
 * strings are shown through `escapeControl` first, as in the text format,
 * so the report holds only characters XML can carry.
 */
import { inDocumentOrder, type Diagnostic } from '../../diagnostic.js';
import { XmlWriter } from '../../xml/writer.js';
import { escapeControl } from '../escape.js';
import { formatSummary, summarize, type FileRecord } from '../report.js';
import { documentLabel, filePosition } from './locations.js';

interface Case {
  file: string;
  records: FileRecord[];
}

/** Records grouped by file, in order of first appearance. */
function casesOf(records: readonly FileRecord[]): Case[] {
  const byFile = new Map<string, Case>();
  for (const record of records) {
    let c = byFile.get(record.file);
    if (!c) byFile.set(record.file, (c = { file: record.file, records: [] }));
    c.records.push(record);
  }
  return [...byFile.values()];
}

function line(record: FileRecord, d: Diagnostic): string {
  const at = filePosition(record, d);
  const doc = documentLabel(record);
  const where = at ? `${at.line}:${at.column}: ` : d.line !== undefined ? `(in the body) ${d.line}:${d.column ?? 1}: ` : '';
  const pointer = d.path ? ` (at ${d.path})` : '';
  return escapeControl(`${doc ? `${doc}: ` : ''}${where}${d.severity} ${d.code} ${d.message}${pointer}`);
}

function linesOf(c: Case, keep: (d: Diagnostic) => boolean): string[] {
  return c.records.flatMap((r) => inDocumentOrder(r.diagnostics).filter(keep).map((d) => line(r, d)));
}

/** The JUnit report of the records. */
export function formatJunit(records: readonly FileRecord[], options: { command: string }): string {
  const cases = casesOf(records);
  const failing = (c: Case) => c.records.some((r) => r.status === 'invalid');
  const broken = (c: Case) => c.records.some((r) => r.status === 'error');
  const failures = cases.filter((c) => failing(c) && !broken(c)).length;
  const errors = cases.filter(broken).length;
  const suiteName = `ucwa ${options.command}`;
  const counts: Array<readonly [string, string]> = [
    ['tests', String(cases.length)],
    ['failures', String(failures)],
    ['errors', String(errors)],
    ['skipped', '0'],
  ];
  const w = new XmlWriter(2);
  w.open('testsuites', [['name', suiteName], ...counts], 0);
  w.open('testsuite', [['name', suiteName], ...counts], 1);
  for (const c of cases) {
    const name = escapeControl(c.file === '-' ? '(standard input)' : c.file);
    const attrs: Array<readonly [string, string]> = [['classname', `ucwa.${options.command}`], ['name', name], ...(c.file !== '-' ? [['file', name] as const] : [])];
    const errorLines = linesOf(c, (d) => d.severity === 'error');
    const warningLines = linesOf(c, (d) => d.severity === 'warning');
    if (errorLines.length === 0 && warningLines.length === 0) {
      w.empty('testcase', attrs, 2);
      continue;
    }
    w.open('testcase', attrs, 2);
    if (broken(c) || failing(c)) {
      const element = broken(c) ? 'error' : 'failure';
      const count = errorLines.length;
      const first = c.records.flatMap((r) => r.diagnostics).find((d) => d.severity === 'error');
      w.text(element, [['message', `${count} ${count === 1 ? 'error' : 'errors'}`], ['type', first?.code ?? 'error']], errorLines.join('\n'), 3);
    }
    if (warningLines.length) w.text('system-out', [], warningLines.join('\n'), 3);
    w.close('testcase', 2);
  }
  w.text('system-out', [], formatSummary(summarize(records)), 2);
  w.close('testsuite', 1);
  w.close('testsuites', 0);
  return `${w.out}\n`;
}
