import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { decodeBytes, firstInvalidUtf8 } from '../src/http/charset.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function encodingError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UcwaError);
    return (error as UcwaError).diagnostics[0]!;
  }
  throw new Error('expected a UcwaError');
}

describe('decodeBytes', () => {
  it('decodes UTF-8 by default and strips a byte order mark', () => {
    expect(decodeBytes(utf8('{"name":"Zoë"}'))).toBe('{"name":"Zoë"}');
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<a/>')]))).toBe('<a/>');
  });

  it('follows a UTF-16 byte order mark whatever the declared charset', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodeBytes(le, 'utf-8')).toBe('{}');
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e]);
    expect(decodeBytes(be)).toBe('<a/>');
  });

  it('uses a declared single-byte charset', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'iso-8859-1')).toBe('café');
  });

  it('reports invalid UTF-8 with its byte offset, line and column', () => {
    const bytes = new Uint8Array([...utf8('{\n  "a": "é'), 0xff, ...utf8('"}')]);
    const d = encodingError(() => decodeBytes(bytes));
    expect(d.code).toBe('input.encoding');
    expect(d.message).toContain(`byte offset ${bytes.indexOf(0xff)}`);
    expect(d).toMatchObject({ line: 2, column: 10 });
  });

  it('counts the byte order mark in the offset', () => {
    const d = encodingError(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3])));
    expect(d.message).toContain('byte offset 4');
  });

  it('rejects an unknown charset with a diagnostic', () => {
    expect(encodingError(() => decodeBytes(utf8('x'), 'klingon-8')).code).toBe('input.encoding');
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(utf8('ok ✓ 😀'))).toBe(utf8('ok ✓ 😀').length);
  });

  it('agrees with TextDecoder on random bytes', () => {
    for (let seed = 1; seed < 400; seed++) {
      const bytes = new Uint8Array(12).map((_, i) => ((seed * 2654435761 + i * 40503) >>> (i % 24)) & 0xff);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid);
    }
  });
});
