/**
 * `npm run bundle-sizes`: what the library costs in a browser application,
 * measured the way an application bundles it: esbuild (minified, ES
 * modules, code splitting) resolving `ucwa-codec` through the package's
 * exports (the `browser` condition, `"sideEffects": false`), from the
 * build in dist/. Sizes are minified bytes and the gzip of each file,
 * summed over the files a page loads for the task. Prints a Markdown table;
 * `--write` puts it into README.md between the bundle-sizes markers.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const START = '<!-- bundle-sizes:start -->';
const END = '<!-- bundle-sizes:end -->';

interface Case {
  name: string;
  code: string;
  platform: 'browser' | 'node';
  /** Output files a page loads: the entry's, and those of the validator modules named (dynamic imports). */
  loads: 'entry' | { validators: string[] } | 'all';
}

const CASES: Case[] = [
  { name: 'decode only (`decodeXml`)', code: "import { decodeXml } from 'ucwa-codec'; globalThis.run = decodeXml;", platform: 'browser', loads: 'entry' },
  {
    name: 'decode + validate one resource (note), precompiled validator',
    code: "import { decodeXml, validate } from 'ucwa-codec'; import { loadValidators } from 'ucwa-codec/validators'; globalThis.run = async (x) => { await loadValidators(['note']); return validate(decodeXml(x)); };",
    platform: 'browser',
    loads: { validators: ['Note'] },
  },
  {
    name: 'decode + validate an event channel (Events + note + participant)',
    code: "import { decodeJson, validate } from 'ucwa-codec'; import { loadValidators } from 'ucwa-codec/validators'; globalThis.run = async (x) => { await loadValidators(['Events', 'note', 'participant']); return validate(decodeJson(x)); };",
    platform: 'browser',
    loads: { validators: ['Events', 'Note', 'Participant'] },
  },
  {
    name: 'everything, every validator loaded',
    code: "import * as ucwa from 'ucwa-codec'; import { loadValidators } from 'ucwa-codec/validators'; globalThis.run = async () => { await loadValidators(); return ucwa; };",
    platform: 'browser',
    loads: 'all',
  },
  {
    name: 'decode + validate, main entry (ajv compiles at run time; needs eval)',
    code: "import { decodeXml, validate } from 'ucwa-codec'; globalThis.run = (x) => validate(decodeXml(x));",
    platform: 'node',
    loads: 'entry',
  },
];

interface Size {
  files: number;
  bytes: number;
  gzip: number;
}

/** Output files reached from `start` through static imports. */
function closure(metafile: Metafile, start: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...start];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  return seen;
}

async function measure(c: Case): Promise<Size> {
  const result = await build({
    stdin: { contents: c.code, resolveDir: ROOT, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: c.platform,
    outdir: join(ROOT, 'node_modules/.cache/bundle-sizes'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const metafile = result.metafile;
  const outputs = Object.entries(metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint === 'app.js')![0];
  let files: Set<string>;
  if (c.loads === 'all') files = new Set(outputs.map(([path]) => path).filter((p) => p.endsWith('.js')));
  else if (c.loads === 'entry') files = closure(metafile, [entry]);
  else {
    const wanted = c.loads.validators.map((t) => `dist/validators/${t}.js`);
    const starts = outputs.filter(([, o]) => o.entryPoint !== undefined && wanted.includes(o.entryPoint)).map(([path]) => path);
    if (starts.length !== wanted.length) throw new Error(`bundle-sizes: no chunk for ${wanted.join(', ')}`);
    files = closure(metafile, [entry, ...starts]);
  }
  const byPath = new Map(result.outputFiles.map((f) => [resolve(f.path), f.contents]));
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const contents = byPath.get(resolve(ROOT, file))!;
    bytes += contents.length;
    gzip += gzipSync(contents, { level: 9 }).length;
  }
  return { files: files.size, bytes, gzip };
}

function folder(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const inner = folder(path);
      files += inner.files;
      bytes += inner.bytes;
    } else if (entry.endsWith('.js')) {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function bundleSizesTable(): Promise<string> {
  const rows = ['| what the page loads | files | minified | gzip |', '| --- | ---: | ---: | ---: |'];
  for (const c of CASES) {
    const size = await measure(c);
    rows.push(`| ${c.name} | ${size.files} | ${kb(size.bytes)} | ${kb(size.gzip)} |`);
  }
  const validators = folder(join(ROOT, 'dist/validators'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/esbuild/package.json'), 'utf8')) as { version: string };
  return (
    `${rows.join('\n')}\n\n` +
    `(esbuild ${version}, \`npm run bundle-sizes\`; gzip of each file, summed.) The precompiled validators in ` +
    `dist/validators/: ${validators.files} modules, ${kb(validators.bytes)} in all (one self-contained module per type ` +
    'before: 327 modules, 7.2 MB).\n'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = await bundleSizesTable();
  if (process.argv.includes('--write')) {
    const readme = join(ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    if (from < 0 || to < from) throw new Error(`README.md has no ${START} ... ${END} block`);
    writeFileSync(readme, `${text.slice(0, from + START.length)}\n${table}${text.slice(to)}`);
  }
  process.stdout.write(table);
}
