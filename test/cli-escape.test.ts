/**
 * Text output shows control characters as escapes (issue 13, item 6):
 * property names, values, Content-Type values, URLs, file names and
 * arguments cannot forge lines or send sequences to the terminal, with or
 * without colour; `--format json` keeps them exact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControl } from '../src/cli/escape.js';
import { ensureBuilt, NOTE_JSON, removeFolder, tempFolder, ucwa } from './cli-support.js';

/** Clears the screen, retitles the window, forges a report line, reverses the text, and a C1 CSI. */
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\r\nforged.json:1:1: error fake\u202e\u009b31m\u2028';
/** The same without line breaks (for HTTP header values). */
const HOSTILE_HEADER = '\u001b[2J\u001b]0;pwned\u0007\u202e\u009b31m';

describe('escapeControl', () => {
  const rows: Array<[string, string]> = [
    ['\u001b[2J', '\\x1b[2J'],
    ['\u001b]0;title\u0007', '\\x1b]0;title\\x07'],
    ['a\r\nb\tc', 'a\\r\\nb\\tc'],
    ['\u0000\u007f\u0085\u009b', '\\x00\\x7f\\x85\\x9b'],
    ['\u202a\u202b\u202c\u202d\u202e', '\\u202a\\u202b\\u202c\\u202d\\u202e'],
    ['\u2066\u2067\u2068\u2069\u200e\u200f\u061c', '\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['café ✓ עברית العربية 😀 a\\x1b', 'café ✓ עברית العربية 😀 a\\x1b'],
  ];
  it.each(rows)('%j -> %s', (input, shown) => {
    expect(escapeControl(input)).toBe(shown);
  });
});

/** Anything a terminal would act on, other than line ends. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The colour codes ucwa itself writes. */
const OUR_COLOURS = /\u001b\[(?:1|2|22|31|32|33|39)m/g;

function expectSafe(text: string, color: boolean): void {
  const shown = color ? text.replace(OUR_COLOURS, '') : text;
  expect(shown).not.toMatch(CONTROL);
  expect(shown).not.toMatch(/^forged\.json/m);
}

let dir: string;
const hostileName = `evil${HOSTILE.replace(/\//g, '')}.json`;

beforeAll(async () => {
  await ensureBuilt();
  const note = JSON.parse(NOTE_JSON) as Record<string, unknown>;
  dir = tempFolder({
    'name.json': JSON.stringify({ ...note, [HOSTILE]: 1 }),
    'value.json': JSON.stringify({ ...note, type: HOSTILE }),
    'type.http': `HTTP/1.1 200 OK\r\nContent-Type: text/${HOSTILE_HEADER}\r\n\r\nhello`,
    'url.har': JSON.stringify({
      log: {
        entries: [
          {
            request: { method: 'GET', url: `https://host.example/ucwa/${HOSTILE}`, headers: [] },
            response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{"rel": 5}' } },
          },
        ],
      },
    }),
    'unknown-url.har': JSON.stringify({
      log: { entries: [{ request: { method: 'GET', url: `https://host.example/ucwa/x/${HOSTILE_HEADER}/zz`, headers: [] }, response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{}' } } }] },
    }),
    'settings/.git/HEAD': '',
    'settings/.ucwarc.json': JSON.stringify({ fixtures: [`${HOSTILE}[`] }),
  });
  writeFileSync(join(dir, hostileName), '{"rel": ');
});

afterAll(() => removeFolder(dir));

/** Files whose content (or name) is hostile: [what, file]. */
const INPUTS: Array<[string, string]> = [
  ['a property name', 'name.json'],
  ['a value', 'value.json'],
  ['a Content-Type value', 'type.http'],
  ['a HAR URL', 'url.har'],
  ['a file name', hostileName],
];

describe.each(['never', 'always'])('text output with --color %s', (color) => {
  it('escapes names, values, Content-Types, URLs and file names in diagnostics and the summary', () => {
    const r = ucwa(['validate', '--strict', '--color', color, ...INPUTS.map(([, file]) => file)], { cwd: dir });
    expect(r.code).toBe(1);
    expectSafe(r.stdout, color === 'always');
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    for (const [what, file] of INPUTS) {
      const own = lines.filter((line) => line.replace(OUR_COLOURS, '').startsWith(escapeControl(file)));
      expect(own.length, what).toBeGreaterThan(0);
      expect(own.some((line) => /\\x1b|\\u202e/.test(line)), what).toBe(true);
    }
  });
});

// [what, arguments, stream the text lands on, folder]
const rows: Array<[string, string[], 'stdout' | 'stderr', string?]> = [
  ['a file name found by a glob', ['validate', 'evil*.json'], 'stdout'],
  ['a missing operand', ['validate', `ghost${HOSTILE}.json`], 'stdout'],
  ['a glob in the settings', ['check'], 'stdout', 'settings'],
  ['a convert error', ['convert', hostileName, '--to', 'xml'], 'stderr'],
  ['an option value', ['validate', '--format', HOSTILE, 'name.json'], 'stderr'],
  ['an unknown option', ['validate', `--${HOSTILE}`, 'name.json'], 'stderr'],
  ['an unknown command', [HOSTILE], 'stderr'],
  ['a resource name', ['validate', '--resource', HOSTILE, 'name.json'], 'stderr'],
  ['a schema name', ['schema', HOSTILE], 'stderr'],
  ['a resource page name', ['resource', HOSTILE], 'stderr'],
  ['a URL of a capture whose resource cannot be told', ['scopes', 'note', '--from', 'unknown-url.har'], 'stdout'],
];

describe('every other text output', () => {
  it.each(rows)('escapes %s', (_what, args, stream, folder) => {
    const r = ucwa(args, { cwd: folder ? join(dir, folder) : dir });
    expect(r.code).not.toBe(70);
    expect(r[stream]).toMatch(/\\x1b|\\u202e/); // the hostile text is there, shown as escapes
    expectSafe(r.stdout, false);
    expectSafe(r.stderr, false);
  });
});

describe('--format json keeps the strings exact', () => {
  it('names, values, URLs and file names come back as they were', () => {
    const r = ucwa(['validate', '--format', 'json', 'name.json', 'value.json', 'url.har', hostileName], { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ message: string; path: string }> }> };
    const [name, value, url, file] = report.files;
    expect(name!.diagnostics.some((d) => d.message.includes(HOSTILE) && d.path === `/${HOSTILE}`)).toBe(true);
    expect(value!.diagnostics.some((d) => d.message.includes(HOSTILE))).toBe(true);
    expect(url!.path).toContain(HOSTILE);
    expect(file!.path).toBe(hostileName);
  });
});
