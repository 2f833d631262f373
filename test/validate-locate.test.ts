import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Positions } from '../src/codec/positions.js';
import { jsonSyntaxError, locateJsonPointers, scanJson } from '../src/json/locate.js';

const text = [
  '{',
  '  "rel": "note",',
  '  "list": [1, {"a/b~c": true}],',
  '  "_links": {',
  '    "self": { "href": "/n" }',
  '  }',
  '}',
].join('\n');

describe('locateJsonPointers', () => {
  it('finds keys and values of nested members and array items', () => {
    const at = locateJsonPointers(text, ['', '/rel', '/list/1', '/list/1/a~1b~0c', '/_links/self/href', '/missing']);
    expect(at.get('')).toEqual({ value: { line: 1, column: 1 } });
    expect(at.get('/rel')).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 10 } });
    expect(at.get('/list/1')).toEqual({ value: { line: 3, column: 15 } });
    expect(at.get('/list/1/a~1b~0c')).toEqual({ key: { line: 3, column: 16 }, value: { line: 3, column: 25 } });
    expect(at.get('/_links/self/href')).toEqual({ key: { line: 5, column: 15 }, value: { line: 5, column: 23 } });
    expect(at.has('/missing')).toBe(false);
  });

  it('decodes escaped keys, counts CRLF as one line break and ignores a BOM', () => {
    const crlf = '\ufeff{\r\n"a\\u0062": [\r\n 1]}';
    const at = locateJsonPointers(crlf, ['/ab/0']);
    expect(at.get('/ab/0')).toEqual({ value: { line: 3, column: 2 } });
  });

  it('handles 100,000 nested arrays without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonSyntaxError(deep)).toBeUndefined();
    expect(jsonSyntaxError(deep.slice(0, -1))?.message).toMatch(/expected `,` or `]`, found the end of the text/);
  });
});

describe('jsonSyntaxError', () => {
  const cases: [string, number, number, RegExp][] = [
    ['', 1, 1, /expected a value, found the end of the text/],
    ['{\n  "a": }', 2, 8, /expected a value, found `}`/],
    ['{\n  "a": 1\n', 3, 1, /expected `,` or `}`/],
    ['[1,\n2,]', 2, 3, /trailing comma/],
    ['{"a" 1}', 1, 6, /expected `:`/],
    ['{a: 1}', 1, 2, /property name in double quotes/],
    ['["\\x"]', 1, 3, /not a valid escape/],
    ['"line\nbreak"', 1, 6, /control character/],
    ['{}\n x', 2, 2, /after the end of the JSON value/],
    ['[tru]', 1, 2, /expected a value/],
  ];
  for (const [input, line, column, message] of cases) {
    it(`reports ${JSON.stringify(input)} at ${line}:${column}`, () => {
      const error = jsonSyntaxError(input);
      expect(error?.position).toEqual({ line, column });
      expect(error?.message).toMatch(message);
    });
  }

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (s) => {
        let parses = true;
        try {
          JSON.parse(s);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxError(s) === undefined).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });

  it('locates every member of any JSON value at the offset where its value starts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const s = JSON.stringify(value, null, 1);
        const { positions, error } = scanJson(s);
        expect(error).toBeUndefined();
        for (const [pointer, at] of positions) {
          const lines = s.split('\n');
          const rest = lines[at.value.line - 1]!.slice(at.value.column - 1);
          expect(rest.length, pointer).toBeGreaterThan(0);
          expect('{["-0123456789tfn').toContain(rest[0]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('Positions', () => {
  it('is 1-based and treats \\n, \\r\\n and \\r as line breaks', () => {
    expect(new Positions('ab\ncd').at(4)).toEqual({ line: 2, column: 2 });
    expect(new Positions('a\r\nb\rc').at(5)).toEqual({ line: 3, column: 1 });
  });
});
