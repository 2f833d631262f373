import { describe, expect, it } from 'vitest';
import { decodeJson, UcwaError } from '../src/index.js';

function outcome(text: string, maxDepth?: number): string {
  try {
    decodeJson(text, maxDepth === undefined ? {} : { maxDepth });
    return 'ok';
  } catch (error) {
    if (!(error instanceof UcwaError)) throw error;
    const d = error.diagnostics[0]!;
    return `${d.code} ${d.line}:${d.column}`;
  }
}

// decodeJson checks the depth after JSON.parse: first a bracket count, then a
// walk of the value when the count allows too deep a nesting.
describe('JSON depth limit', () => {
  it('accepts exactly maxDepth levels and rejects one more, with the position of the first bracket too deep', () => {
    expect(outcome('[[[]],[[]],[]]', 3)).toBe('ok'); // more brackets than levels: the walk decides
    expect(outcome('{"a":{"b":{"c":1}},"d":[],"e":{}}', 3)).toBe('ok');
    expect(outcome('[[[[]]],[]]', 3)).toBe('input.too-deep 1:4');
    expect(outcome('{"a":{"b":{"c":{"d":1}}}}', 3)).toBe('input.too-deep 1:16');
  });

  it('counts brackets inside strings as text', () => {
    expect(outcome(`{"a":"${'['.repeat(300)}"}`)).toBe('ok');
    expect(outcome(`[${'"[",'.repeat(300)}1]`, 2)).toBe('ok');
  });

  it('reports too-deep rather than a syntax error for deep broken input', () => {
    expect(outcome('['.repeat(300))).toBe('input.too-deep 1:257');
    expect(outcome('[1,]')).toMatch(/^json.syntax/);
  });
});
