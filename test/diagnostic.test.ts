import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnostic } from '../src/index.js';

describe('diagnostic codes', () => {
  it('are listed in the README exactly as in DIAGNOSTIC_CODES', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z]+\.[a-z-]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(DIAGNOSTIC_CODES);
  });

  it('are grouped by a known prefix', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^(xml|json|input|value|schema|http|settings|twin|cli)\.[a-z]+(-[a-z]+)*$/);
    }
  });

  it('build diagnostics with only the position fields that are known', () => {
    expect(diagnostic('json.syntax', 'bad', { line: 2 })).toEqual({ severity: 'error', code: 'json.syntax', message: 'bad', path: '', line: 2 });
  });
});
