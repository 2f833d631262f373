/** `ucwa validate`: every document of every input, checked on its own. */
import type { Diagnostic } from '../../diagnostic.js';
import { parseCommandArgs } from '../args.js';
import { discoverInputs } from '../discover.js';
import { VALIDATE_HELP } from '../help.js';
import { loadInput, type InputDocument, type LoadedInput } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { checkSettings, CHECK_OPTIONS, type CheckSettings } from '../options.js';
import { exitCodeOf, formatJson, formatText, shiftLines, type FileRecord } from '../report.js';
import { recordsFor, type DocumentChecker } from '../records.js';

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('validate', args, CHECK_OPTIONS);
  if (parsed.values.help) {
    io.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const settings = checkSettings('validate', parsed, io);
  if (parsed.positionals.length === 0) throw new UsageError('no input given: name files, folders or globs, or - for standard input.', 'validate');
  await checkResourceName('validate', settings.resource);
  const records = await checkAll(parsed.positionals, io, validateDocument(settings));
  io.write(settings.format === 'json' ? formatJson(records) : formatText(records, settings));
  return exitCodeOf(records);
}

/** Discovery, loading and checking, in operand order; reusable by other checking commands. */
export async function checkAll(operands: string[], io: Io, check: DocumentChecker): Promise<FileRecord[]> {
  const { files, problems } = await discoverInputs(operands, { cwd: io.cwd });
  const records: FileRecord[] = problems.map((p) => ({ path: p.path, file: p.path, kind: 'unknown', status: 'error', diagnostics: [p.diagnostic] }));
  for (const file of files) {
    const input: LoadedInput = await loadInput(file, io);
    records.push(...(await recordsFor(input, check)));
  }
  return records;
}

/** The checker `validate` uses: the library's validateJson/validateXml, loaded on first use. */
export function validateDocument(settings: CheckSettings): DocumentChecker {
  const options = { strict: settings.strict, ...(settings.resource ? { resource: settings.resource } : {}) };
  return async (doc: InputDocument): Promise<Diagnostic[]> => {
    // Only the validator of the form at hand is loaded (XML parsing is not needed for JSON).
    const result = doc.form === 'json' ? (await import('../../validate/json.js')).validateJson(doc.text, options) : (await import('../../validate/xml.js')).validateXml(doc.text, options);
    return shiftLines(result.diagnostics, doc.lineOffset);
  };
}


/** An unknown --resource is a usage error, reported before any file is read. */
export async function checkResourceName(command: string, resource: string | undefined): Promise<void> {
  if (resource === undefined) return;
  const { resolveType } = await import('../../schema/plan.js');
  if (!resolveType(resource)) throw new UsageError(`--resource "${resource}" names no resource, type or rel (see "ucwa resources").`, command);
}
