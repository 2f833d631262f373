/** `ucwa validate`: every document of every input, checked on its own. */
import type { Diagnostic } from '../../diagnostic.js';
import type { ValidateOptions } from '../../validate/value.js';
import { parseCommandArgs } from '../args.js';
import { VALIDATE_HELP } from '../help.js';
import type { InputDocument, InputExchange } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { checkResourceName, checkSettings, CHECK_OPTIONS, type CheckSettings } from '../options.js';
import { exitCodeOf, shiftLines, writeReport } from '../report.js';
import { checkAll, type DocumentChecker, type DocumentResult, type ExchangeChecker } from '../records.js';

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
  const records = [...(problems ? [problems] : []), ...(await checkAll(parsed.positionals, io, validateDocument(settings), checkExchanges(settings)))];
  await writeReport(records, settings, io, 'validate');
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

/**
 * The exchange checks of a capture (method, status line, documented errors),
 * placed in the file: at the request line for the method, in the response
 * body for its code and subcode. Loads no validator.
 */
export function checkExchanges(settings: CheckSettings): ExchangeChecker {
  let checks: typeof import('../../validate/exchange-checks.js') | undefined;
  return async (exchange: InputExchange, body: InputDocument | undefined): Promise<Diagnostic[]> => {
    checks ??= await import('../../validate/exchange-checks.js');
    const response = body?.role === 'response' ? body : undefined;
    const facts = {
      ...(exchange.method !== undefined && { method: exchange.method }),
      ...(exchange.url !== undefined && { url: exchange.url }),
      ...(exchange.status !== undefined && { status: exchange.status }),
      ...(exchange.requestHeaders && { requestHeaders: exchange.requestHeaders }),
    };
    const value = response && checks.wantsResponseValue(facts, response.text, response.form) ? checks.responseValue(response.text, response.form) : undefined;
    return checks.checkExchange({ ...facts, responseValue: value }, { strict: settings.strict }).map((d) => {
      if (d.path === '/method') return { ...d, path: '', ...(exchange.requestLine !== undefined && { line: exchange.requestLine, column: 1 }) };
      if (!response || !d.path.startsWith('/responseBody/')) return d;
      const pointer = d.path.slice('/responseBody'.length);
      const at = checks!.positionInBody(response.text, response.form, pointer);
      return { ...d, path: pointer, ...(at && { line: at.line + response.lineOffset, column: at.column }) };
    });
  };
}

// Kept here too: `ucwa check` imports it from this module.
export { checkResourceName } from '../options.js';
