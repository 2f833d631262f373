/**
 * The library (everything but the CLI) must run in a browser: bundle it for
 * the browser platform, where any Node built-in fails the build, and run
 * the bundle in a bare JavaScript realm that has only what browsers have.
 */
import { build } from 'esbuild';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

describe('browser build', () => {
  it('bundles without Node built-ins and runs in a realm without Node globals', async () => {
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'ucwa',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);

    // Only web-platform globals: no process, Buffer, require.
    const realm = createContext({ TextDecoder, TextEncoder, URL, console });
    runInContext(code, realm);
    const out = runInContext(
      `(() => {
        const xml = '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"><property name="message">hi &amp; bye</property></resource>';
        const value = ucwa.decodeXml(xml);
        return JSON.stringify({
          value,
          back: ucwa.decodeXml(ucwa.encodeXml(value)),
          valid: ucwa.validate(value).valid,
          hasProcess: typeof process !== 'undefined',
        });
      })()`,
      realm,
    );
    const parsed = JSON.parse(out as string);
    expect(parsed.hasProcess).toBe(false);
    expect(parsed.value).toEqual({ rel: 'note', message: 'hi & bye', _links: { self: { href: '/n' } } });
    expect(parsed.back).toEqual(parsed.value);
    expect(parsed.valid).toBe(true);
  });
});
