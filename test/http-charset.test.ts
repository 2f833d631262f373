import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { decodeBytes, firstInvalidUtf8 } from '../src/http/charset.js';
import { decodeJson, decodeXml, normalize, validateJson, validateXml } from '../src/index.js';

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

  it('names UTF-32 by its byte order mark instead of misreading it', () => {
    for (const bom of [[0x00, 0x00, 0xfe, 0xff], [0xff, 0xfe, 0x00, 0x00]]) {
      const d = encodingError(() => decodeBytes(new Uint8Array([...bom, 0, 0, 0, 0x7b, 0, 0, 0, 0x7d])));
      expect(d).toMatchObject({ code: 'input.encoding', line: 1, column: 1 });
      expect(d.message).toMatch(/UTF-32(BE|LE) byte order mark/);
    }
  });

  it('suggests a single-byte charset when the bytes hold no UTF-8 sequence at all', () => {
    const latin1 = new Uint8Array([...utf8('{"message":"caf'), 0xe9, ...utf8('"}')]);
    expect(encodingError(() => decodeBytes(latin1)).message).toMatch(/ISO-8859-1 or Windows-1252: name it/);
    // No such guess for real UTF-8 with one broken byte, binary data, or base64 text decoded as bytes.
    const broken = new Uint8Array([...utf8('{"message":"café'), 0xff, ...utf8('"}')]);
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const base64ish = Uint8Array.from(atob('eyJyZWwiOiJub3RlIn0xyz'.slice(0, 20)), (c) => c.charCodeAt(0) ^ 0x80);
    for (const bytes of [broken, binary, base64ish]) expect(encodingError(() => decodeBytes(bytes)).message).not.toMatch(/ISO-8859-1/);
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

/**
 * issue 12 item 9: one encoding rule for every entry point (see the header
 * of src/http/charset.ts). Each row: an entry point, its input, the outcome
 * ('ok' or the code of the first diagnostic).
 */
describe('one encoding and byte order mark rule for every entry point', () => {
  const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
  const doc = (encoding: string, message = 'hi') =>
    `<?xml version="1.0" encoding="${encoding}"?><resource rel="note" href="/n" xmlns="${NS}"><property name="message">${message}</property></resource>`;
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
    }
    return out;
  };
  const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const BOM = '\uFEFF';
  const UTF8_BOM = [0xef, 0xbb, 0xbf];
  const XML = 'application/vnd.microsoft.com.ucwa+xml';
  const JSON_TYPE = 'application/json';
  const JSON_NOTE = '{"rel":"note","message":"hi"}';

  function outcome(run: () => unknown): string {
    try {
      const r = run() as { valid?: boolean; diagnostics?: Array<{ code: string }> };
      if (r && typeof r.valid === 'boolean') return r.valid ? 'ok' : r.diagnostics![0]!.code;
      return 'ok';
    } catch (error) {
      if (!(error instanceof UcwaError)) throw error;
      return error.diagnostics[0]!.code;
    }
  }

  const rows: Array<[string, () => unknown, string]> = [
    // UTF-16 with its byte order mark, declared as UTF-16: read, by every entry point that takes bytes.
    ['normalize: UTF-16LE bytes with BOM declaring UTF-16', () => normalize(utf16(doc('UTF-16'), false), XML), 'ok'],
    ['normalize: UTF-16BE bytes with BOM declaring utf-16', () => normalize(utf16(doc('utf-16'), true), XML), 'ok'],
    ['validateXml: UTF-16LE bytes with BOM declaring UTF-16', () => validateXml(utf16(doc('UTF-16'), false)), 'ok'],
    ['decodeXml: text declaring UTF-16', () => decodeXml(doc('UTF-16')), 'ok'],
    ['normalize: UTF-16LE bytes declaring UTF-8', () => normalize(utf16(doc('UTF-8'), false), XML), 'input.encoding'],
    ['validateXml: UTF-8 bytes declaring UTF-16', () => validateXml(utf8(doc('UTF-16'))), 'input.encoding'],
    ['validateXml: UTF-16LE bytes without BOM', () => validateXml(utf16(doc('UTF-16'), false).subarray(2)), 'input.encoding'],
    // A declared encoding that matches the transport charset.
    ['normalize: ISO-8859-1 bytes, charset and declaration ISO-8859-1', () => normalize(latin1(doc('ISO-8859-1', 'caf\u00e9')), `${XML}; charset=ISO-8859-1`), 'ok'],
    ['normalize: text, charset and declaration ISO-8859-1', () => normalize(doc('ISO-8859-1', 'caf\u00e9'), `${XML}; charset=iso-8859-1`), 'ok'],
    ['normalize: ISO-8859-1 bytes declared ISO-8859-1 without a charset (read as UTF-8)', () => normalize(latin1(doc('ISO-8859-1', 'caf\u00e9')), XML), 'input.encoding'],
    ['normalize: ASCII bytes declared ISO-8859-1 without a charset', () => normalize(utf8(doc('ISO-8859-1')), XML), 'input.encoding'],
    ['normalize: text declared UTF-8 under charset ISO-8859-1', () => normalize(doc('UTF-8'), `${XML}; charset=ISO-8859-1`), 'input.encoding'],
    ['decodeXml: text declaring ISO-8859-1', () => decodeXml(doc('ISO-8859-1')), 'input.encoding'],
    ['decodeXml: text declaring an unknown encoding', () => decodeXml(doc('x-klingon')), 'input.encoding'],
    // US-ASCII holds ASCII only.
    ['decodeXml: us-ascii declared, ASCII content', () => decodeXml(doc('us-ascii')), 'ok'],
    ['decodeXml: us-ascii declared, non-ASCII content', () => decodeXml(doc('us-ascii', 'caf\u00e9')), 'input.encoding'],
    ['normalize: us-ascii declared, non-ASCII UTF-8 bytes', () => normalize(utf8(doc('US-ASCII', 'caf\u00e9')), XML), 'input.encoding'],
    ['validateXml: us-ascii declared, non-ASCII text', () => validateXml(doc('ascii', '\u263a')), 'input.encoding'],
    // One byte order mark at most, text or bytes, XML or JSON.
    ['decodeXml: one BOM', () => decodeXml(BOM + doc('utf-8')), 'ok'],
    ['decodeXml: two BOMs', () => decodeXml(BOM + BOM + doc('utf-8')), 'input.encoding'],
    ['validateXml: one BOM', () => validateXml(BOM + doc('utf-8')), 'ok'],
    ['validateXml: two BOMs', () => validateXml(BOM + BOM + doc('utf-8')), 'input.encoding'],
    ['validateXml: UTF-8 BOM bytes then a BOM', () => validateXml(new Uint8Array([...UTF8_BOM, ...utf8(BOM + doc('utf-8'))])), 'input.encoding'],
    ['normalize: two BOMs in text', () => normalize(BOM + BOM + doc('utf-8'), XML), 'input.encoding'],
    ['normalize: UTF-8 BOM bytes then a BOM', () => normalize(new Uint8Array([...UTF8_BOM, ...utf8(BOM + doc('utf-8'))]), XML), 'input.encoding'],
    ['normalize: three BOMs as bytes', () => normalize(new Uint8Array([...UTF8_BOM, ...UTF8_BOM, ...UTF8_BOM, ...utf8(doc('utf-8'))]), XML), 'input.encoding'],
    ['normalize: UTF-16 BOM bytes then a BOM', () => normalize(utf16(BOM + doc('UTF-16'), false), XML), 'input.encoding'],
    ['normalize: one BOM as bytes', () => normalize(new Uint8Array([...UTF8_BOM, ...utf8(doc('utf-8'))]), XML), 'ok'],
    ['decodeJson: two BOMs', () => decodeJson(BOM + BOM + JSON_NOTE), 'input.encoding'],
    ['validateJson: two BOMs', () => validateJson(BOM + BOM + JSON_NOTE), 'input.encoding'],
    ['normalize JSON: UTF-8 BOM bytes then a BOM', () => normalize(new Uint8Array([...UTF8_BOM, ...utf8(BOM + JSON_NOTE)]), JSON_TYPE), 'input.encoding'],
    ['normalize JSON: one BOM in text', () => normalize(BOM + JSON_NOTE, JSON_TYPE), 'ok'],
  ];
  for (const [name, run, expected] of rows) {
    it(name, () => {
      expect(outcome(run)).toBe(expected);
    });
  }

  it('reads the same value from UTF-8 and UTF-16 bytes', () => {
    const text = doc('UTF-16', 'caf\u00e9 \u263a \u{1F600}');
    expect(normalize(utf16(text, true), XML)).toEqual(decodeXml(text));
    expect(normalize(utf16(text, false), XML)).toEqual({ rel: 'note', message: 'caf\u00e9 \u263a \u{1F600}', _links: { self: { href: '/n' } } });
  });
});

describe('validateXml with a charset', () => {
  it('reads bytes in the charset given, and checks the declaration against it, placing diagnostics as usual', () => {
    const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
    const text = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<resource rel="note" href="/n" xmlns="${NS}">\n<property name="message">caf\u00e9</property>\n<property name="type">Nope</property></resource>`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(validateXml(bytes).diagnostics[0]?.code).toBe('input.encoding');
    const r = validateXml(bytes, { charset: 'iso-8859-1' });
    expect(r.diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual(['schema.enum 4']);
    expect(validateXml(text, { charset: 'iso-8859-1' }).diagnostics.map((d) => d.code)).toEqual(['schema.enum']);
  });
});
