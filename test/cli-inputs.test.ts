import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretInput, sniffKind } from '../src/cli/inputs.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('input kinds (unit)', () => {
  it('sniffs the kind of a file without a telling extension', () => {
    expect(sniffKind('  {"rel":"me"}')).toBe('json');
    expect(sniffKind('{"log":{"entries":[]}}')).toBe('har');
    expect(sniffKind('<resource/>')).toBe('xml');
    expect(sniffKind('--abc\nContent-Type: application/http\n')).toBe('batch');
    expect(sniffKind('Post https://x/ucwa HTTP/1.1\n')).toBe('http');
    expect(sniffKind('HTTP/1.1 204 No Content\n')).toBe('http');
    expect(sniffKind('Content-Type: application/json\n{}')).toBe('http');
    expect(sniffKind('hello world')).toBe('unknown');
  });

  it('lets the extension decide, except for a HAR saved as .json', () => {
    expect(interpretInput('a.json', encode('<resource/>')).kind).toBe('json');
    expect(interpretInput('a.json', encode('{"log":{"entries":[]}}')).kind).toBe('har');
    expect(interpretInput('a.txt', encode('<resource/>')).kind).toBe('xml');
  });

  it('decodes an XML file in the encoding its declaration names when it is not UTF-8', () => {
    const bytes = new Uint8Array([...encode('<?xml version="1.0" encoding="iso-8859-1"?><resource>caf'), 0xe9, ...encode('</resource>')]);
    const input = interpretInput('latin1.xml', bytes);
    expect(input.diagnostics).toEqual([]);
    expect(input.documents[0]!.text).toContain('café');
  });

  it('gives each body the offset of its first line in the file', () => {
    const input = interpretInput('r.http', encode('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\r\n\r\n{}'));
    expect(input.documents).toMatchObject([{ label: 'r.http', form: 'json', text: '{}', lineOffset: 4 }]);
  });
});

const reference = new URL('../../shared/ucwa-reference/', import.meta.url);
const hasReference = existsSync(reference);

describe.skipIf(!hasReference)('HTTP samples of the reference (skipped when ../shared/ucwa-reference is absent)', () => {
  const samples = hasReference
    ? readdirSync(reference)
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => [...readFileSync(new URL(name, reference), 'utf8').matchAll(/```\n([\s\S]*?)```/g)].map((m) => ({ name, text: m[1]! })))
        .filter((s) => /^HTTP\/1\.1 \d{3}/.test(s.text.trimStart()) && /Content-Type:\s*application\/(json|xml)/i.test(s.text) && !/multipart\//.test(s.text))
    : [];

  it('finds the single JSON or XML body of every response sample, where its first line is', () => {
    expect(samples.length).toBeGreaterThan(250);
    for (const { name, text } of samples) {
      const input = interpretInput(`${name}.http`, encode(text));
      expect(input.kind, name).toBe('http');
      expect(input.documents, name).toHaveLength(1);
      const doc = input.documents[0]!;
      expect(/application\/json/i.test(text) ? 'json' : 'xml', name).toBe(doc.form);
      const firstBodyLine = text.split(/\r?\n/)[doc.lineOffset]!;
      expect(firstBodyLine.trimStart()[0], name).toMatch(/[{[<]/);
      expect(doc.text.startsWith(firstBodyLine), name).toBe(true);
    }
  });
});
