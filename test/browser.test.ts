/**
 * The library (everything but the CLI) must run in a browser, under a strict
 * Content-Security-Policy: bundle it as an application would, through the
 * package's exports (the `browser` condition, `"sideEffects": false`), for
 * the browser platform, where any Node built-in fails the build; then run
 * the bundle in a bare JavaScript realm that has only what browsers have,
 * with code generation from strings disabled (what a CSP without
 * 'unsafe-eval' does). The real browser runs in test/browser-e2e.test.ts.
 */
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(code: string, platform: 'browser' | 'node' = 'browser') {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    platform,
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, metafile: result.metafile };
}

/** Modules whose code is in the bundle (not only read and dropped). */
const included = (metafile: Metafile) =>
  Object.values(metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
const ajvCompiler = (paths: string[]) => paths.filter((p) => /node_modules\/ajv\/dist\/(core|ajv|compile)/.test(p));

describe('browser build', () => {
  it('a bundle that only decodes has no ajv at all', async () => {
    const { metafile } = await bundle("import { decodeXml, encodeJson } from 'ucwa-codec'; globalThis.out = encodeJson(decodeXml('<x/>'));");
    expect(included(metafile).filter((p) => p.includes('node_modules/ajv/'))).toEqual([]);
  });

  it('the main entry keeps ajv\'s compiler when it validates (sideEffects: false does not drop it)', async () => {
    const { metafile } = await bundle("import { validate } from 'ucwa-codec'; globalThis.out = validate({ rel: 'note' });", 'node');
    expect(ajvCompiler(included(metafile)).length).toBeGreaterThan(0);
  });

  it('bundles without Node built-ins or ajv\'s compiler, and validates in a realm without Node globals or eval', async () => {
    const { code, metafile } = await bundle(`
      import { decodeXml, encodeXml, validate, validateJson, isResource } from 'ucwa-codec';
      import { loadValidators, withValidators } from 'ucwa-codec/validators';
      globalThis.run = async () => {
        const xml = '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"><property name="message">hi &amp; bye</property></resource>';
        const value = decodeXml(xml);
        const before = validate(value);
        await loadValidators(['note']);
        const events = await withValidators(() => validateJson('{"sender":[{"rel":"me","href":"/me","events":[{"link":{"rel":"note","href":"/n"},"type":"updated","_embedded":{"note":{"rel":"note","message":7}}}]}]}'));
        let evalAllowed = true;
        try { new Function('return 1'); } catch { evalAllowed = false; }
        return JSON.stringify({
          value,
          back: decodeXml(encodeXml(value)),
          before: before.diagnostics.map((d) => d.code),
          valid: validate(value).valid,
          guard: isResource(value, 'note'),
          events: events.diagnostics.map((d) => d.code + ' ' + d.path),
          evalAllowed,
          hasProcess: typeof process !== 'undefined',
        });
      };`);
    expect(code).not.toMatch(/require\(["']node:/);
    expect(ajvCompiler(included(metafile))).toEqual([]);

    // Only web-platform globals, and no code generation from strings (a CSP without 'unsafe-eval').
    const realm = createContext({ TextDecoder, TextEncoder, URL, console }, { codeGeneration: { strings: false, wasm: false } });
    runInContext(code, realm);
    const parsed = JSON.parse(await (runInContext('run()', realm) as Promise<string>));
    expect(parsed.hasProcess).toBe(false);
    expect(parsed.evalAllowed).toBe(false);
    expect(parsed.value).toEqual({ rel: 'note', message: 'hi & bye', _links: { self: { href: '/n' } } });
    expect(parsed.back).toEqual(parsed.value);
    expect(parsed.before).toEqual(['schema.validator-unavailable']);
    expect(parsed.valid).toBe(true);
    expect(parsed.guard).toBe(true);
    // The event channel's validators (Events, and the note it embeds) were loaded by withValidators.
    expect(parsed.events).toEqual(['schema.type /sender/0/events/0/_embedded/note/message']);
  });
});
