/**
 * Builds the playground (site/) into build/site/: `npm run site`.
 *
 * - playground.js: site/playground.ts with the library's browser build
 *   (dist/browser.js) and precompiled validators (dist/validators; `npm run
 *   site` builds dist first) bundled by esbuild, one classic script, so the
 *   page also works opened from disk (file://), with no server, and runs
 *   under a CSP without 'unsafe-eval'.
 * - index.html and style.css, as they are.
 * - schemas/<Type>.schema.json for every type the page can name (each a
 *   standalone JSON Schema, as schemas/resources/ ships it and `ucwa schema
 *   <Type>` prints it), and
 *   schemas/index.html listing them.
 *
 * The folder is git-ignored; everything in it is derived.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { exampleTypes } from '../src/example/generate.js';
import { bundle } from '../src/generated/schema-bundle.js';
import { fullBundle } from '../src/schema/operations.js';
import { typeSchema } from '../src/schema/public.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_OUT = join(root, 'build', 'site');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Builds the site into `out` (build/site by default); returns the bytes of the script. */
export async function buildSite(out = SITE_OUT): Promise<{ scriptBytes: number; schemas: number }> {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'schemas'), { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'site', 'playground.ts')],
    outfile: join(out, 'playground.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  await copyFile(join(root, 'site', 'index.html'), join(out, 'index.html'));
  await copyFile(join(root, 'site', 'style.css'), join(out, 'style.css'));
  const all = fullBundle();
  const types = exampleTypes().filter((t) => Object.hasOwn(bundle.definitions, t));
  for (const type of types) await writeFile(join(out, 'schemas', `${type}.schema.json`), `${JSON.stringify(typeSchema(all, type), null, 2)}\n`);
  const items = types.map((t) => `<li><a href="${escapeHtml(encodeURIComponent(t))}.schema.json">${escapeHtml(t)}</a> <small>${escapeHtml(String(bundle.definitions[t]!.ucwaKind))}</small></li>`).join('\n');
  await writeFile(
    join(out, 'schemas', 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'"><title>UCWA 2.0 schemas</title><link rel="stylesheet" href="../style.css"></head>\n<body><header><h1>UCWA 2.0 JSON Schemas</h1><p class="tagline">One standalone JSON Schema (draft-07) per type, generated from the ucwa-codec model.</p></header>\n<ul class="schemas">\n${items}\n</ul></body></html>\n`,
  );
  const scriptBytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { scriptBytes, schemas: types.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { scriptBytes, schemas } = await buildSite();
  console.log(`build/site: playground.js ${(scriptBytes / 1024).toFixed(0)} KiB, ${schemas} schemas`);
}
