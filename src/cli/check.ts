/**
 * `ucwa check [paths...]`: guards a repository's fixtures, typically from a
 * pre-commit hook. Every file is validated as `ucwa validate` does; besides,
 * `name.xml` and `name.json` in one folder (twins) must decode to the same
 * value, and a staged file's twin is looked up on disk even when it was not
 * passed. Per-repository settings come from `.ucwarc.json` or the `ucwa` key
 * of package.json at the repository root.
 */
import { basename, relative, resolve } from 'node:path';
import { append, type Diagnostic } from '../diagnostic.js';
import { scopeOf, normalizeEntry, type Scope } from '../check/scope.js';
import type { RepositorySettings } from '../check/settings.js';
import { declaresRel, formOf, twinPath } from '../check/twins.js';
import { parseCommandArgs } from './args.js';
import { checkResourceName, validateDocument } from './commands/validate.js';
import { discoverInputs, PROJECT_FILES } from './discover.js';
import { escapeControl } from './escape.js';
import { compileGlob } from './glob.js';
import { loadInput, type InputDocument, type LoadedInput } from './inputs.js';
import { EXIT, UsageError, type Io } from './io.js';
import { checkSettings, CHECK_OPTIONS, type CheckSettings } from './options.js';
import { exitCodeOf, statusOf, writeReport, type FileRecord } from './report.js';
import { recordsFor, type DocumentChecker, type DocumentResult } from './records.js';
import { findSettings, settingsRecord, SETTINGS_FILE, statOrUndefined } from './settings-file.js';

export { findSettings, SETTINGS_FILE, type FoundSettings } from './settings-file.js';

export const CHECK_HELP = `Usage: ucwa check [options] [paths...]

Checks a repository's UCWA fixtures, as a pre-commit hook does: validates
every file (as "ucwa validate": files, folders, globs, - for standard input)
and checks that twins, name.xml and name.json in one folder, decode to the
same value (twin.mismatch names the JSON pointer and both values). When only
one twin is given (a staged file), the other is read from disk.

Without paths, checks the "fixtures" of the repository settings.

Settings (optional): .ucwarc.json at the repository root, or else a "ucwa"
key in its package.json. The root is the nearest folder, from the current
one upwards, holding .ucwarc.json, a package.json with a "ucwa" key, or .git.
  strict     true: as --strict
  fixtures   folders/globs holding fixtures; given paths outside them are
             skipped (so a hook may pass every staged .json file)
  ignore     globs never checked
  resources  { glob: resource }: the resource of matching files that have
             no rel (request bodies), e.g. {"requests/note-*": "NotePostInput"}
  extra      { enumeration or resource: [names] }: names your servers send
             that the model lacks, accepted in every mode, e.g.
             {"Availability": ["Sabbatical"], "note": ["mood"]}
Mistakes in the settings are reported as settings.* diagnostics (exit 1).

A name or enumeration value that nearly matches one the model knows at
that place ("Persnal" for "Personal") is an error in every mode, with the
name meant; one that matches nothing known is a warning (error if strict).

Options:
  -r, --resource NAME  resource of every file: type, page or rel
      --strict         also reject unknown properties, links, enum values
      --format FORMAT  text (default), json, or for CI: sarif (SARIF 2.1.0),
                       github (workflow annotations), junit (JUnit XML)
  -q, --quiet          print errors only, no warnings and no summary
      --color WHEN     auto (default), always or never
  -h, --help           this help

Exit codes: 0 all valid, 1 something invalid (or twins disagree, or the
settings are wrong), 2 usage error or unreadable file, 70 internal error.
`;

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('check', args, CHECK_OPTIONS);
  if (parsed.values.help) {
    io.write(CHECK_HELP);
    return EXIT.ok;
  }
  const cli = checkSettings('check', parsed, io);
  const resource = await checkResourceName('check', cli.resource);
  if (resource !== undefined) cli.resource = resource;
  const found = await findSettings(io.cwd);
  const settings: RepositorySettings = found.parsed?.settings ?? {};
  if (settings.extra) cli.extra = settings.extra;
  const scope = scopeOf(settings, compileGlob);
  const fromSettings = parsed.positionals.length === 0;
  const settingsProblems = settingsRecord(io.cwd, found);
  const records: FileRecord[] = settingsProblems ? [settingsProblems] : [];
  if (fromSettings && !scope.hasFixtures) {
    // Settings too broken to name fixtures: their mistakes are the answer, not "no input".
    if (settingsProblems) return await report(records, cli, io);
    throw new UsageError(`no input given: name files, folders or globs, or list "fixtures" in ${SETTINGS_FILE}.`, 'check');
  }
  const operands = fromSettings ? settings.fixtures!.map((f) => fromRoot(io.cwd, found.root, normalizeEntry(f))) : parsed.positionals;

  const settingsFile = found.file && relative(io.cwd, found.file);
  const { files, problems } = await discoverInputs(operands, { cwd: io.cwd });
  append(records, problems.map((p): FileRecord => ({ path: p.path, file: p.path, kind: 'unknown', status: 'error', diagnostics: [p.diagnostic] })));

  const inScope = (file: string) => {
    // The settings file is checked as settings, and project files are no fixtures (hooks pass every staged .json).
    if (found.file !== undefined && file !== '-' && resolve(io.cwd, file) === found.file) return false;
    if (file !== '-' && PROJECT_FILES.test(file.split('\\').join('/'))) return false;
    const rel = relFromRoot(io.cwd, found.root, file);
    return rel === undefined || (!scope.ignored(rel) && (fromSettings || scope.inFixtures(rel)));
  };
  const selected = await withTwins(files.filter(inScope), io.cwd, inScope);
  const strict = cli.strict || settings.strict === true;
  const check = checker({ ...cli, strict }, (file, doc) => resourceOf(cli, scope, io.cwd, found.root, file, doc));

  const loaded = new Map<string, { input: LoadedInput; records: FileRecord[] }>();
  for (const file of selected) {
    const input = await loadInput(file, io);
    const fileRecords = await recordsFor(input, (doc) => check(doc, file));
    loaded.set(file, { input, records: fileRecords });
    append(records, fileRecords);
  }
  await compareAllTwins(loaded, (file, doc) => resourceOf(cli, scope, io.cwd, found.root, file, doc));

  await writeReport(records, cli, io, 'check');
  const given = new Set(files);
  const skipped = files.length - selected.filter((f) => given.has(f)).length;
  if (cli.format === 'text' && !cli.quiet && skipped > 0) {
    io.write(`${skipped} ${skipped === 1 ? 'file' : 'files'} skipped (outside "fixtures" or under "ignore" of ${settingsFile === undefined ? 'the settings' : escapeControl(settingsFile)})\n`);
  }
  return exitCodeOf(records);
}

async function report(records: FileRecord[], cli: CheckSettings, io: Io): Promise<number> {
  await writeReport(records, cli, io, 'check');
  return exitCodeOf(records);
}

/** Files plus the twin of each `.xml`/`.json` file found on disk (right after it), each once. */
async function withTwins(files: string[], cwd: string, inScope: (file: string) => boolean): Promise<string[]> {
  const seen = new Set(files.map((f) => (f === '-' ? f : resolve(cwd, f))));
  const out: string[] = [];
  for (const file of files) {
    out.push(file);
    const twin = file === '-' ? undefined : twinPath(file);
    if (twin === undefined || seen.has(resolve(cwd, twin)) || !inScope(twin)) continue;
    if ((await statOrUndefined(resolve(cwd, twin)))?.isFile()) {
      seen.add(resolve(cwd, twin));
      out.push(twin);
    }
  }
  return out;
}

type ResourceOf = (file: string, doc: InputDocument) => string | undefined;

/** validate's checker, with the resource chosen per document (one checker per resource). */
function checker(settings: CheckSettings, resourceOfDoc: ResourceOf): (doc: InputDocument, file: string) => Promise<DocumentResult> {
  const byResource = new Map<string, DocumentChecker>();
  return (doc, file) => {
    const resource = resourceOfDoc(file, doc);
    const key = resource ?? '';
    let check = byResource.get(key);
    if (!check) {
      const own: CheckSettings = { ...settings };
      if (resource === undefined) delete own.resource;
      else own.resource = resource;
      check = validateDocument(own);
      byResource.set(key, check);
    }
    return check(doc);
  };
}

/** `--resource` for every document; else a settings rule, for bodies without a rel. */
function resourceOf(cli: CheckSettings, scope: Scope, cwd: string, root: string, file: string, doc: InputDocument): string | undefined {
  if (cli.resource !== undefined) return cli.resource;
  const rel = relFromRoot(cwd, root, file);
  const rule = rel === undefined ? undefined : scope.resourceFor(rel);
  return rule !== undefined && !declaresRel(doc.form, doc.text) ? rule : undefined;
}

/** Puts `twin.mismatch` diagnostics on the JSON twin's record. */
async function compareAllTwins(loaded: Map<string, { input: LoadedInput; records: FileRecord[] }>, resourceOfDoc: ResourceOf): Promise<void> {
  const { compareTwins } = await import('../check/compare.js');
  for (const [file, json] of loaded) {
    if (formOf(file) !== 'json') continue;
    const xmlFile = twinPath(file)!;
    const xml = loaded.get(xmlFile);
    const jsonDoc = bareBody(json.input);
    const xmlDoc = xml && bareBody(xml.input);
    if (!jsonDoc || !xmlDoc) continue;
    // Twins share a folder, and the record names the JSON twin's path: file names are enough.
    const found = compareTwins(
      { label: basename(xmlFile), text: xmlDoc.text, ...defined(resourceOfDoc(xmlFile, xmlDoc)) },
      { label: basename(file), text: jsonDoc.text, ...defined(resourceOfDoc(file, jsonDoc)) },
    );
    const record = json.records[0];
    if (!found?.length || !record || record.status === 'error') continue;
    append(record.diagnostics, found);
    record.status = statusOf(record.diagnostics);
  }
}

function defined(resource: string | undefined): { resource?: string } {
  return resource === undefined ? {} : { resource };
}

/** The one document of a plain `.json`/`.xml` body (captures and messages have no twins). */
function bareBody(input: LoadedInput): InputDocument | undefined {
  const doc = input.documents[0];
  return (input.kind === 'json' || input.kind === 'xml') && input.documents.length === 1 && doc && !doc.problems ? doc : undefined;
}

/** Root-relative path with `/` separators; undefined for standard input and files outside the root. */
function relFromRoot(cwd: string, root: string, file: string): string | undefined {
  if (file === '-') return undefined;
  const rel = relative(root, resolve(cwd, file)).split('\\').join('/');
  return rel === '' || rel.startsWith('../') || rel === '..' || /^[A-Za-z]:/.test(rel) || rel.startsWith('/') ? undefined : rel;
}

/** A root-relative settings entry as an operand relative to the current folder. */
function fromRoot(cwd: string, root: string, entry: string): string {
  const base = relative(cwd, root).split('\\').join('/');
  if (entry === '.') return base || '.';
  return base ? `${base}/${entry}` : entry;
}
