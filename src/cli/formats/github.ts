/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per
 * diagnostic, which the runner turns into an annotation on the file and
 * line (`::error file=note.json,line=4,col=11,title=schema.enum::...`),
 * then the summary as a plain log line.
 *
 * Escaping follows the runner's rules: in the message, `%`, CR and LF
 * become `%25`, `%0D`, `%0A`; in property values, also `:` and `,`
 * (`%3A`, `%2C`), which would otherwise end the property. Before that,
 * every other control, line separator and bidi character is shown as an
 * escape (escape.ts), as in the text format: a value from a payload can
 * neither forge a second command nor move the cursor in the log.
 */
import { inDocumentOrder } from '../../diagnostic.js';
import { escapeControl } from '../escape.js';
import { formatSummary, summarize, type FileRecord } from '../report.js';
import { filePosition, messageWithContext, relativePath } from './locations.js';

/** The runner's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(records: readonly FileRecord[], options: { cwd: string; quiet: boolean }): string {
  const lines: string[] = [];
  for (const record of records) {
    const file = relativePath(options.cwd, record.file);
    for (const d of inDocumentOrder(record.diagnostics)) {
      if (options.quiet && d.severity !== 'error') continue;
      const at = filePosition(record, d);
      const properties = [
        ...(file !== undefined ? [`file=${escapeProperty(escapeControl(file))}`] : []),
        ...(at ? [`line=${at.line}`, `col=${at.column}`] : []),
        `title=${escapeProperty(d.code)}`,
      ];
      const message = messageWithContext(record, d);
      lines.push(`::${d.severity} ${properties.join(',')}::${escapeData(escapeControl(file === undefined ? `(standard input) ${message}` : message))}`);
    }
  }
  if (!options.quiet) lines.push(formatSummary(summarize(records)));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
