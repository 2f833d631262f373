import { describe, expect, it } from 'vitest';
import { compareTwins } from '../src/check/compare.js';
import { declaresRel, formOf, twinPath } from '../src/check/twins.js';

// Payloads written for these tests.
const NOTE_JSON = `{
  "rel": "note",
  "message": "Lunch until two",
  "type": "Personal",
  "_links": { "self": { "href": "/ucwa/v1/applications/9/me/note" } }
}`;
const NOTE_XML = `<?xml version="1.0" encoding="utf-8"?>
<resource rel="note" href="/ucwa/v1/applications/9/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <property name="message">Lunch until two</property>
  <property name="type">Personal</property>
</resource>`;
const POST_XML = `<input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="message">Hello</property></input>`;

describe('twinPath', () => {
  it('pairs name.xml with name.json in the same folder, keeping the case of the extension', () => {
    expect(twinPath('fixtures/a.xml')).toBe('fixtures/a.json');
    expect(twinPath('fixtures/a.json')).toBe('fixtures/a.xml');
    expect(twinPath('B.JSON')).toBe('B.XML');
    expect(twinPath('x.y.Json')).toBe('x.y.xml');
    expect(twinPath('capture.har')).toBeUndefined();
    expect(twinPath('a.json.txt')).toBeUndefined();
  });

  it('tells the form from the extension', () => {
    expect([formOf('a.XML'), formOf('a.json'), formOf('a.http')]).toEqual(['xml', 'json', undefined]);
  });
});

describe('compareTwins', () => {
  it('finds nothing between twins that say the same thing', () => {
    expect(compareTwins({ label: 'n.xml', text: NOTE_XML }, { label: 'n.json', text: NOTE_JSON })).toEqual([]);
  });

  it('reports each difference at its pointer, placed on the JSON twin', () => {
    const json = NOTE_JSON.replace('Lunch until two', 'Lunch until three').replace('"Personal"', '"OutOfOffice"');
    const found = compareTwins({ label: 'n.xml', text: NOTE_XML }, { label: 'n.json', text: json })!;
    expect(found.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ['twin.mismatch', '/message', 3, 3],
      ['twin.mismatch', '/type', 4, 3],
    ]);
    expect(found[0]!.message).toBe('n.xml and n.json disagree at /message: n.xml has "Lunch until two", n.json has "Lunch until three"');
  });

  it('places a member only one twin has at its nearest ancestor in the JSON text', () => {
    const xml = NOTE_XML.replace('</resource>', '  <link rel="publishNote" href="/ucwa/x" />\n</resource>');
    const [d] = compareTwins({ label: 'n.xml', text: xml }, { label: 'n.json', text: NOTE_JSON })!;
    expect(d).toMatchObject({ code: 'twin.mismatch', path: '/_links/publishNote', line: 5, column: 3 });
    expect(d!.message).toContain('n.json has nothing');
  });

  it('compares nothing when a twin cannot be decoded (validation reports why)', () => {
    expect(compareTwins({ label: 'n.xml', text: '<resource' }, { label: 'n.json', text: NOTE_JSON })).toBeUndefined();
    expect(compareTwins({ label: 'n.xml', text: NOTE_XML }, { label: 'n.json', text: '{"rel": ' })).toBeUndefined();
  });

  it('decodes each twin as the resource it is given', () => {
    const post = { label: 'p.xml', text: POST_XML, resource: 'NotePostInput' };
    expect(compareTwins(post, { label: 'p.json', text: '{"message": "Hello"}', resource: 'NotePostInput' })).toEqual([]);
    expect(compareTwins(post, { label: 'p.json', text: '{"message": "Bye"}', resource: 'NotePostInput' })).toMatchObject([{ path: '/message', line: 1, column: 2 }]);
  });
});

describe('declaresRel', () => {
  it('sees the rel of a JSON object and of an XML resource root', () => {
    expect(declaresRel('json', NOTE_JSON)).toBe(true);
    expect(declaresRel('json', '{"message": "x"}')).toBe(false);
    expect(declaresRel('json', '[1]')).toBe(false);
    expect(declaresRel('json', '{oops')).toBe(false);
    expect(declaresRel('xml', NOTE_XML)).toBe(true);
    expect(declaresRel('xml', `<!-- a comment -->\n<resource href="/x" rel="note"/>`)).toBe(true);
    expect(declaresRel('xml', POST_XML)).toBe(false);
    expect(declaresRel('xml', '<resource href="/x"><link rel="self" href="/x"/></resource>')).toBe(false);
  });
});
