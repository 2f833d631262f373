/** `ucwa validate`: every document of every input, checked on its own. */
import type { Diagnostic } from '../../diagnostic.js';
import type { ValidateOptions } from '../../validate/value.js';
import { parseCommandArgs } from '../args.js';
import { VALIDATE_HELP } from '../help.js';
import type { InputDocument } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { checkResourceName, checkSettings, CHECK_OPTIONS, type CheckSettings } from '../options.js';
import { exitCodeOf, shiftLines, writeReport } from '../report.js';
import { checkAll, type DocumentChecker, type DocumentResult } from '../records.js';

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('validate', args, CHECK_OPTIONS);
  if (parsed.values.help) {
    io.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const settings = checkSettings('validate', parsed, io);
  if (parsed.positionals.length === 0) throw new UsageError('no input given: name files, folders or globs, or - for standard input.', 'validate');
  const resource = await checkResourceName('validate', settings.resource);
  if (resource !== undefined) settings.resource = resource;
  // Of the repository settings, validate applies the accepted `extra` names (and shows the settings' mistakes).
  const { findSettings, settingsRecord } = await import('../settings-file.js');
  const found = await findSettings(io.cwd);
  const extra = found.parsed?.settings.extra;
  if (extra) settings.extra = extra;
  const problems = settingsRecord(io.cwd, found);
  const records = [...(problems ? [problems] : []), ...(await checkAll(parsed.positionals, io, validateDocument(settings)))];
  writeReport(records, settings, io);
  return exitCodeOf(records);
}

/** The checker `validate` uses: the library's validateJson/validateXml, loaded on first use. */
export function validateDocument(settings: CheckSettings): DocumentChecker {
  const options: ValidateOptions = { strict: settings.strict, ...(settings.resource ? { resource: settings.resource } : {}), ...(settings.extra ? { extra: settings.extra } : {}) };
  // Only the validator of the form at hand is loaded (XML parsing is not needed for JSON), once.
  let json: typeof import('../../validate/json.js') | undefined;
  let xml: typeof import('../../validate/xml.js') | undefined;
  let load: typeof import('../validators.js') | undefined;
  let requests: typeof import('../../schema/requests.js') | undefined;
  return async (doc: InputDocument): Promise<DocumentResult> => {
    load ??= await import('../validators.js');
    const check =
      doc.form === 'json'
        ? (json ??= await import('../../validate/json.js')).validateJson
        : (xml ??= await import('../../validate/xml.js')).validateXml;
    // A request body carries no rel; its method and URL often name its type.
    let own = options;
    if (!settings.resource && doc.request) {
      requests ??= await import('../../schema/requests.js');
      const resource = requests.requestTypeFor(doc.request.method, doc.request.url);
      if (resource) own = { ...options, resource };
    }
    // Validators are loaded as documents need them (generated ones, else ajv).
    const result = await load.withValidators(() => check(doc.text, own));
    const found: DocumentResult = { diagnostics: shiftLines(result.diagnostics, doc.lineOffset) };
    if (result.resource !== undefined) {
      found.resource = result.resource;
      found.inferred = result.inferred === true;
    }
    return found;
  };
}

// Kept here too: `ucwa check` imports it from this module.
export { checkResourceName } from '../options.js';
