/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), as code
 * scanning services read it (GitHub's upload-sarif, Azure DevOps, IDE
 * viewers): one run of the tool `ucwa`, whose driver has a rule per
 * diagnostic code (`DIAGNOSTIC_CODES`, with its help line), and one result
 * per diagnostic: the rule, the level (`error`, `warning`), the message,
 * and the artifact (its URI relative to the working folder, under the base
 * id `%SRCROOT%` that `originalUriBaseIds` maps to that folder) with the
 * region's start line and column where the position is one in the file.
 *
 * Files outside the working folder get an absolute `file:` URI; standard
 * input gets no location. Strings are kept exact (JSON quotes them), as in
 * the JSON report. test/cli-formats.test.ts validates the output against
 * the official 2.1.0 JSON schema.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DIAGNOSTIC_CODES, inDocumentOrder, type DiagnosticCode } from '../../diagnostic.js';
import type { FileRecord } from '../report.js';
import { filePosition, isBelow, messageWithContext, relativePath } from './locations.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base id of artifact URIs: the folder ucwa ran in. */
export const SRCROOT = '%SRCROOT%';

export interface SarifContext {
  /** The folder relative URIs are relative to. */
  cwd: string;
  /** ucwa's version (package.json). */
  version: string;
  /** The command that ran (`validate`, `check`), for the run's automation details. */
  command: string;
}

const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
const RULE_INDEX = new Map(CODES.map((code, i) => [code, i]));

/** `schema.unknown-property` -> `SchemaUnknownProperty`: SARIF's rule `name` is an identifier. */
function ruleName(code: string): string {
  return code.split(/[.-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function rules(): object[] {
  return CODES.map((code) => ({
    id: code,
    name: ruleName(code),
    shortDescription: { text: DIAGNOSTIC_CODES[code] },
    help: { text: `${DIAGNOSTIC_CODES[code]} See the diagnostics table of the ucwa-codec README for the code \`${code}\`.` },
  }));
}

/** The artifact location of a file: relative to %SRCROOT% below the working folder, else an absolute file URI. */
function artifactOf(cwd: string, file: string): { uri: string; uriBaseId?: string } | undefined {
  const rel = relativePath(cwd, file);
  if (rel === undefined) return undefined;
  return isBelow(rel) ? { uri: encodeURI(rel).replace(/[?#]/g, encodeURIComponent), uriBaseId: SRCROOT } : { uri: pathToFileURL(resolve(cwd, file)).href };
}

/** The SARIF log of the records, as JSON text. */
export function formatSarif(records: readonly FileRecord[], context: SarifContext): string {
  const results: object[] = [];
  for (const record of records) {
    for (const d of inDocumentOrder(record.diagnostics)) {
      const artifact = artifactOf(context.cwd, record.file);
      const at = filePosition(record, d);
      const result: Record<string, unknown> = {
        ruleId: d.code,
        ruleIndex: RULE_INDEX.get(d.code),
        level: d.severity,
        message: { text: messageWithContext(record, d) },
      };
      if (artifact) {
        const physicalLocation: Record<string, unknown> = { artifactLocation: artifact };
        if (at) physicalLocation.region = { startLine: at.line, startColumn: at.column };
        result.locations = [{ physicalLocation }];
      }
      if (d.path) result.properties = { pointer: d.path, ...(record.path !== record.file && { document: record.path }) };
      results.push(result);
    }
  }
  const run = {
    tool: {
      driver: {
        name: 'ucwa',
        fullName: 'ucwa-codec: UCWA 2.0 payload validator',
        version: context.version,
        semanticVersion: context.version,
        rules: rules(),
      },
    },
    automationDetails: { id: `ucwa/${context.command}/` },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] }, null, 2)}\n`;
}
