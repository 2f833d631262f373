/**
 * The CI formats of `ucwa validate` and `ucwa check` (src/cli/formats/):
 * SARIF 2.1.0 checked against the official JSON schema (the copy the SARIF
 * multitool's npm package ships, read from node_modules: no network) and
 * by the multitool's own validator; GitHub workflow commands with the
 * runner's escaping; JUnit XML read back by two XML parsers.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../src/diagnostic.js';
import { escapeData, escapeProperty } from '../src/cli/formats/github.js';
import { BAD_NOTE_JSON, ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const require = createRequire(import.meta.url);

/** The SARIF multitool's platform package (it ships the official 2.1.0 schema beside the tool). */
function multitoolFolder(): string | undefined {
  for (const platform of ['linux', 'darwin', 'win32']) {
    try {
      return dirname(require.resolve(`@microsoft/sarif-multitool-${platform}/package.json`));
    } catch {
      // not installed on this platform
    }
  }
  return undefined;
}

const HAR = JSON.stringify({
  log: {
    entries: [
      {
        request: { method: 'GET', url: 'https://fe1.example.com/ucwa/oauth/v1/applications/311/me/note', headers: [] },
        response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{"rel":"note","message":42}' } },
      },
    ],
  },
});

/** `type` misspelt (an error in every mode), on line 4. */
const TYPO_NOTE_JSON = NOTE_JSON.replace('"Personal"', '"Persnal"');
// A presence whose availability holds the characters the runner's escaping is about.
const ODD_PRESENCE = JSON.stringify({ rel: 'presence', availability: 'Away,100%\r\nx::y' });

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({
    'fixtures/bad.json': TYPO_NOTE_JSON,
    'fixtures/note.xml': NOTE_XML,
    'fixtures/note.json': NOTE_JSON.replace('Back at two', 'Back at three'),
    'fixtures/a,b:c.json': ODD_PRESENCE,
    'fixtures/capture.har': HAR,
    'fixtures/with space.json': NOTE_JSON.replace('"rel": "note",', '"rel": "note",\n  "mood": "sunny",'),
    'outside.json': BAD_NOTE_JSON,
    'fixtures/broken.xml': '<resource rel="note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">\n  <property name="message">x</propert>\n</resource>\n',
  });
});
afterAll(() => removeFolder(dir));

const inputs = ['fixtures/bad.json', 'fixtures/note.xml', 'fixtures/a,b:c.json', 'fixtures/capture.har', 'fixtures/with space.json', 'fixtures/broken.xml', 'fixtures/nothing-here.json'];

describe('--format sarif', () => {
  let log: any;
  let text: string;
  beforeAll(() => {
    const run = ucwa(['validate', '--format', 'sarif', ...inputs], { cwd: dir });
    expect(run.code).toBe(2); // a path that does not exist
    text = run.stdout;
    log = JSON.parse(text);
  });

  it('is valid against the official SARIF 2.1.0 JSON schema', () => {
    const folder = multitoolFolder();
    expect(folder, 'npm ci installs @microsoft/sarif-multitool (a devDependency) and its platform package').toBeDefined();
    const schema = JSON.parse(readFileSync(join(folder!, 'sarif-2.1.0.json'), 'utf8'));
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0 JSON Schema/);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // The schema's formats, checked as RFC 3986 says (ajv-formats is not a dependency here).
    ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
    ajv.addFormat('uri-reference', /^[^\s]*$/);
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes the SARIF multitool validator with no error', () => {
    const folder = multitoolFolder()!;
    const tool = join(folder, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    expect(existsSync(tool)).toBe(true);
    // npm does not run the package's chmod (install scripts need approval): run a copy.
    const copy = join(dir, 'Sarif.Multitool');
    copyFileSync(tool, copy);
    chmodSync(copy, 0o755);
    writeFileSync(join(dir, 'out.sarif'), text);
    const run = spawnSync(copy, ['validate', join(dir, 'out.sarif'), '--output', join(dir, 'validation.sarif'), '--quiet'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const found = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')).runs[0].results as Array<{ ruleId: string; level?: string; message: unknown }>;
    // No error; its advice (warnings) is about a tool without a home page (SARIF2005) and about
    // results without a region (SARIF2017): a HAR body's position is not one in the file.
    expect(found.filter((r) => r.level === 'error')).toEqual([]);
    expect([...new Set(found.map((r) => r.ruleId))].sort()).toEqual(['SARIF2005', 'SARIF2017']);
  });

  it('has a rule per diagnostic code with its help line, and results that point to them', () => {
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; help: { text: string } }>;
    expect(rules.map((r) => r.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
    for (const rule of rules) {
      expect(rule.shortDescription.text).toBe(DIAGNOSTIC_CODES[rule.id as keyof typeof DIAGNOSTIC_CODES]);
      expect(rule.help.text).toContain(rule.shortDescription.text);
    }
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.tool.driver.name).toBe('ucwa');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('places results at the file relative to the working folder, line and column', () => {
    const results = log.runs[0].results as any[];
    const at = (code: string) => results.filter((r) => r.ruleId === code).map((r) => {
      const p = r.locations?.[0]?.physicalLocation;
      return { level: r.level, uri: p?.artifactLocation.uri, base: p?.artifactLocation.uriBaseId, line: p?.region?.startLine, column: p?.region?.startColumn };
    });
    expect(at('schema.enum')).toEqual([
      { level: 'error', uri: 'fixtures/bad.json', base: '%SRCROOT%', line: 4, column: 11 },
      { level: 'warning', uri: 'fixtures/a,b:c.json', base: '%SRCROOT%', line: 1, column: 34 },
    ]);
    expect(at('xml.malformed')).toEqual([{ level: 'error', uri: 'fixtures/broken.xml', base: '%SRCROOT%', line: 2, column: expect.any(Number) }]);
    // A HAR body's position is in the body, not the file: the file, no region, the entry named.
    const har = results.find((r) => r.ruleId === 'schema.type');
    expect(har.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/capture.har', uriBaseId: '%SRCROOT%' } });
    expect(har.message.text).toMatch(/^entry 1 GET https:\/\/fe1\.example\.com\/ucwa\/oauth\/v1\/applications\/311\/me\/note \(response\): property `message`/);
    expect(at('cli.not-found')[0]).toMatchObject({ level: 'error', uri: 'fixtures/nothing-here.json' });
  });

  it('encodes URIs, and gives files outside the working folder an absolute file URI', () => {
    const run = ucwa(['validate', '--format', 'sarif', 'with space.json', '../outside.json'], { cwd: join(dir, 'fixtures') });
    const locations = JSON.parse(run.stdout).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(locations).toEqual([
      { uri: 'with%20space.json', uriBaseId: '%SRCROOT%' },
      { uri: expect.stringMatching(/^file:\/\/\/.*\/outside\.json$/) },
    ]);
  });

  it('serves ucwa check too (a twin mismatch on the JSON twin)', () => {
    const run = ucwa(['check', '--format', 'sarif', 'fixtures/note.json', 'fixtures/note.xml'], { cwd: dir });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout).runs[0].results;
    expect(result).toMatchObject({ ruleId: 'twin.mismatch', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/note.json' }, region: { startLine: 3 } } }] });
    expect(JSON.parse(run.stdout).runs[0].automationDetails.id).toBe('ucwa/check/');
  });
});

describe('--format github', () => {
  it('escapes data and properties as the runner reads them', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%.json')).toBe('a%2Cb%3Ac%25.json');
  });

  it('prints ::error and ::warning commands with file, line, column and code', () => {
    const run = ucwa(['validate', '--format', 'github', 'fixtures/bad.json', 'fixtures/a,b:c.json', 'fixtures/capture.har', 'fixtures/note.xml'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=fixtures/bad.json,line=4,col=11,title=schema.enum::property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Persnal` (did you mean `Personal`?) (at /type)',
    );
    // `,` and `:` of the file name escaped as properties; `%` of the value escaped; CR LF shown as escapes, never a new line.
    expect(lines[1]).toBe(
      '::warning file=fixtures/a%2Cb%3Ac.json,line=1,col=34,title=schema.enum::property `availability` of `presence` must be one of Away, BeRightBack, Busy, DoNotDisturb, IdleBusy, IdleOnline, Offline, Online (Availability), got `Away,100%25\\r\\nx::y` (at /availability)',
    );
    expect(lines[2]).toMatch(/^::error file=fixtures\/capture\.har,title=schema\.type::entry 1 GET https:\/\/fe1\.example\.com\/ucwa\/oauth\/v1\/applications\/311\/me\/note \(response\): property `message`/);
    expect(lines[3]).toBe('4 files checked, 2 valid, 2 invalid');
    expect(lines).toHaveLength(4);
  });

  it('leaves warnings and the summary out with --quiet', () => {
    const run = ucwa(['validate', '--format', 'github', '-q', 'fixtures/a,b:c.json', 'fixtures/note.xml'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('--format junit', () => {
  let xml: string;
  beforeAll(() => {
    const run = ucwa(['validate', '--format', 'junit', ...inputs], { cwd: dir });
    expect(run.code).toBe(2);
    xml = run.stdout;
  });

  it('is well-formed XML for two parsers', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parser = new SaxesParser({ xmlns: false });
    let failure: unknown;
    parser.on('error', (e) => {
      failure = e;
    });
    parser.write(xml).close();
    expect(failure).toBeUndefined();
  });

  it('has one test case per file, failures listing the errors, an error for a missing file', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'ucwa validate', tests: '7', failures: '3', errors: '1' });
    const cases = suite.testcase as any[];
    expect(cases.map((c) => c.name)).toEqual(['fixtures/nothing-here.json', 'fixtures/bad.json', 'fixtures/note.xml', 'fixtures/a,b:c.json', 'fixtures/capture.har', 'fixtures/with space.json', 'fixtures/broken.xml']);
    const byName = new Map(cases.map((c) => [c.name, c]));
    expect(byName.get('fixtures/bad.json').failure).toMatchObject({ message: '1 error', type: 'schema.enum', '#text': '4:11: error schema.enum property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Persnal` (did you mean `Personal`?) (at /type)' });
    expect(byName.get('fixtures/nothing-here.json').error.type).toBe('cli.not-found');
    expect(byName.get('fixtures/a,b:c.json').failure).toBeUndefined();
    expect(byName.get('fixtures/a,b:c.json')['system-out']).toContain('Away,100%\\r\\nx::y');
    expect(byName.get('fixtures/capture.har').failure['#text']).toMatch(/^entry 1 GET .* \(response\): \(in the body\) 1:/);
    expect(byName.get('fixtures/note.xml').failure).toBeUndefined();
    expect(suite['system-out']).toBe('7 files checked, 3 valid, 3 invalid, 1 unreadable');
  });
});
