/** `ucwa convert <path> --to json|xml [-o out]`: one payload to the other form. */
import { resolve } from 'node:path';
import { UcwaError, diagnostic, type Diagnostic } from '../../diagnostic.js';
import { DECODE_OPTIONS, oneOf, parseCommandArgs } from '../args.js';
import { useColor, type ColorMode } from '../color.js';
import { CONVERT_HELP } from '../help.js';
import { loadInput, type LoadedInput } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { formatDiagnosticLine, shiftLines } from '../report.js';
import { sameFile, writeErrorReason, writeOutput } from '../write.js';
import { checkResourceName } from '../options.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  color: { type: 'string' },
  resource: DECODE_OPTIONS.resource,
} as const;

export async function convertCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('convert', args, OPTIONS);
  const v = parsed.values;
  if (v.help) {
    io.write(CONVERT_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new UsageError('give exactly one input path (or - for standard input).', 'convert');
  if (v.to === undefined) throw new UsageError('--to json|xml is required.', 'convert');
  const to = oneOf('convert', 'to', v.to, ['json', 'xml'], 'json');
  const color = useColor(oneOf<ColorMode>('convert', 'color', v.color, ['auto', 'always', 'never'], 'auto'), { env: io.env, stdoutIsTTY: io.stderrIsTTY });
  const path = parsed.positionals[0]!;
  const resource = await checkResourceName('convert', typeof v.resource === 'string' ? v.resource : undefined);
  const output = typeof v.output === 'string' ? v.output : undefined;
  if (output !== undefined && path !== '-' && (await sameFile(resolve(io.cwd, path), resolve(io.cwd, output)))) {
    throw new UsageError(`refusing to write over the input ${path}; choose another --output.`, 'convert');
  }

  const input = await loadInput(path, io);
  const fail = (diagnostics: readonly Diagnostic[], label: string, code: number) => {
    io.error(diagnostics.map((d) => `${formatDiagnosticLine(label, d, color)}\n`).join(''));
    return code;
  };
  if (input.unreadable) return fail(input.diagnostics, path, EXIT.usage);
  const problem = singleDocumentProblem(input);
  if (problem) return fail(problem.diagnostics, path, problem.exit);
  const doc = input.documents[0]!;
  if (doc.problems) return fail(shiftLines(doc.problems, doc.lineOffset), doc.label, EXIT.invalid);

  const options = resource !== undefined ? { resource } : {};
  let text: string;
  try {
    const value = doc.form === 'json' ? (await import('../../json/decode.js')).decodeJson(doc.text, options) : (await import('../../xml/decode.js')).decodeXml(doc.text, options);
    text = to === 'json' ? (await import('../../json/encode.js')).encodeJson(value, options) : (await import('../../xml/encode.js')).encodeXml(value, options);
  } catch (error) {
    if (error instanceof UcwaError) return fail(shiftLines(error.diagnostics, doc.lineOffset), doc.label, EXIT.invalid);
    throw error;
  }
  if (!text.endsWith('\n')) text += '\n';
  if (output === undefined) {
    io.write(text);
  } else {
    try {
      await writeOutput(output, text, io);
    } catch (error) {
      return fail([diagnostic('cli.unwritable', `Cannot write ${output}: ${writeErrorReason(error)}.`)], output, EXIT.usage);
    }
  }
  return EXIT.ok;
}

/** convert takes one document: a bare body or a message with one UCWA body. */
function singleDocumentProblem(input: LoadedInput): { diagnostics: Diagnostic[]; exit: number } | undefined {
  if (input.documents.length === 1) return undefined;
  if (input.documents.length > 1) {
    const message = `The input holds ${input.documents.length} documents (${input.kind}); convert takes one. Save the body you want on its own.`;
    return { diagnostics: [diagnostic('cli.multiple-documents', message)], exit: EXIT.usage };
  }
  const errors = input.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { diagnostics: errors, exit: EXIT.invalid };
  return { diagnostics: [diagnostic('cli.not-checked', 'The input holds no UCWA JSON or XML body to convert.')], exit: EXIT.invalid };
}
