/**
 * The install recipes of the README, as a new user runs them, from what the
 * package really ships: the `npm pack` tarball installed into scratch
 * projects (an ES module one, a CommonJS one with `require`, a TypeScript
 * one compiled as `module: Node16` CommonJS), and a git URL pinned to the
 * tag the release steps created. Sizes are printed for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { childEnv, folderBytes, git, must, root, run, write } from './support/e2e.js';

const e2e = inject('e2e');
const env = childEnv(e2e.home);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const NOTE_XML = '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"><property name="message">hi</property></resource>';

describe('npm install <tarball> (what a registry install gives)', () => {
  const project = join(e2e.workDir, 'tarball-consumer');

  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    write(project, { 'package.json': '{ "name": "consumer", "private": true, "type": "commonjs" }\n' });
    must('npm', ['install', '--prefer-offline', '--save-dev', e2e.tarball], project, env);
  });

  it('installs the library, its bin and one dependency; sizes for the README', () => {
    const installed = folderBytes(join(project, 'node_modules/ucwa-codec'));
    const all = folderBytes(join(project, 'node_modules'));
    console.log(
      `e2e sizes: tarball ${kb(e2e.pack.size)} (${e2e.pack.entryCount} files, ${kb(e2e.pack.unpackedSize)} unpacked); ` +
        `installed: ucwa-codec ${kb(installed)}, node_modules ${kb(all)}`,
    );
    expect(must('npx', ['--no-install', 'ucwa', '--version'], project, env)).toMatch(/^\d+\.\d+\.\d+/);
    const deps = JSON.parse(readFileSync(join(project, 'node_modules/ucwa-codec/package.json'), 'utf8')) as { dependencies: object };
    expect(Object.keys(deps.dependencies)).toEqual(['ajv']);
    // Nothing of the repository's own that users do not need.
    const files = must('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', e2e.tarball], project, env);
    expect(files).not.toMatch(/"path": "(src|test|scripts|bench)\//);
  });

  it('require() works from a CommonJS project (Node >= 20.19), the library and its validators', () => {
    write(project, {
      'check.cjs': `
const { decodeXml, validate, isResource, UcwaError } = require('ucwa-codec');
const { loadValidators } = require('ucwa-codec/validators');
const note = decodeXml(${JSON.stringify(NOTE_XML)});
let bad;
try { decodeXml('<x/>'); } catch (e) { bad = e instanceof UcwaError && e.diagnostics[0].code; }
loadValidators(['note']).then(() => console.log(JSON.stringify({ note, valid: validate(note).valid, guard: isResource(note, 'note'), bad })));
`,
    });
    const out = JSON.parse(must('node', ['check.cjs'], project, env)) as Record<string, unknown>;
    expect(out).toEqual({ note: { rel: 'note', message: 'hi', _links: { self: { href: '/n' } } }, valid: true, guard: true, bad: 'xml.unexpected-element' });
    // The same module instance as import(): one registry, one UcwaError class.
    write(project, {
      'same.cjs': `import('ucwa-codec').then((esm) => console.log(esm.UcwaError === require('ucwa-codec').UcwaError));`,
    });
    expect(must('node', ['same.cjs'], project, env)).toBe('true');
  });

  it('import works from an ES module', () => {
    write(project, { 'check.mjs': `import { validateXml } from 'ucwa-codec';\nconsole.log(validateXml(${JSON.stringify(NOTE_XML)}).valid);\n` });
    expect(must('node', ['check.mjs'], project, env)).toBe('true');
  });

  it('a TypeScript project compiled as module Node16 CommonJS type-checks (no skipLibCheck) and runs', () => {
    write(project, {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'Node16', moduleResolution: 'Node16', target: 'ES2022', strict: true, outDir: 'out', types: [] },
        include: ['app.ts'],
      }),
      'app.ts': `
import { decodeXml, isResource, validate, UcwaError, type Note, type ValidationResult } from 'ucwa-codec';
import { loadValidators } from 'ucwa-codec/validators';

const value: unknown = decodeXml(${JSON.stringify(NOTE_XML)});
const typed: Note = decodeXml(${JSON.stringify(NOTE_XML)}, { resource: 'note' });
// @ts-expect-error a note has no availability
typed.availability;
async function main(): Promise<void> {
  await loadValidators(['note']);
  const result: ValidationResult = validate(value);
  if (isResource(value, 'note')) console.log(JSON.stringify({ message: value.message, valid: result.valid, error: typeof UcwaError === 'function' }));
}
void main();
`,
    });
    const tsc = run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], project, env);
    expect(tsc.code, tsc.output).toBe(0);
    expect(readFileSync(join(project, 'out/app.js'), 'utf8')).toContain('require("ucwa-codec")');
    expect(JSON.parse(must('node', ['out/app.js'], project, env))).toEqual({ message: 'hi', valid: true, error: true });
  });
});

describe('npm install git+URL#tag (a clone built by its prepare script)', () => {
  it('the release steps left a commit, a tag and a CHANGELOG section for the version', () => {
    expect(e2e.releaseTag).toBe(`v${e2e.releaseVersion}`);
    const changelog = readFileSync(join(e2e.releasedRepo, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`## Unreleased\\n\\n## ${e2e.releaseVersion.replace(/\./g, '\\.')} \\(\\d{4}-\\d\\d-\\d\\d\\)\\n\\n- `));
    expect(git(['log', '-1', '--format=%s'], e2e.releasedRepo, env)).toBe(e2e.releaseVersion);
    expect(git(['status', '--porcelain'], e2e.releasedRepo, env)).toBe('');
  });

  it('installs the tagged release, built, with the ucwa bin', () => {
    const project = join(e2e.workDir, 'git-consumer');
    mkdirSync(project, { recursive: true });
    write(project, { 'package.json': '{ "name": "git-consumer", "private": true }\n', 'note.xml': NOTE_XML });
    must('npm', ['install', '--prefer-offline', '--save-dev', `git+file://${e2e.releasedRepo}#${e2e.releaseTag}`], project, env);
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['ucwa-codec']).toContain(`#${e2e.releaseTag}`);
    expect(must('npx', ['--no-install', 'ucwa', '--version'], project, env)).toContain(e2e.releaseVersion);
    expect(run('npx', ['--no-install', 'ucwa', 'validate', 'note.xml'], project, env).code).toBe(0);
    console.log(`e2e sizes: installed from git: ucwa-codec ${kb(folderBytes(join(project, 'node_modules/ucwa-codec')))}`);
  });
});
