import { describe, expect, it } from 'vitest';
import { validateJson, validateXml } from '../src/validate/index.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const GUID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** Strips position-free fields so tests read as "code at line:column". */
const where = (r: { diagnostics: readonly { code: string; line?: number; column?: number; path: string }[] }) =>
  r.diagnostics.map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`);

describe('validateXml', () => {
  const note = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<resource rel="note" href="/me/note" xmlns="${NS}">`,
    '  <link rel="self" href="/me/note"/>',
    '  <link rel="zzNew" href="/me/zz"/>',
    '  <property name="message">Heads down</property>',
    '  <property name="type">Connected</property>',
    '    <property name="zzProp">1</property>',
    '</resource>',
  ].join('\n');

  it('accepts a valid document with no diagnostics', () => {
    const ok = note.replace('  <link rel="zzNew" href="/me/zz"/>\n', '').replace('Connected', 'Personal')
      .replace('    <property name="zzProp">1</property>\n', '');
    expect(validateXml(ok)).toEqual({ valid: true, diagnostics: [] });
    expect(validateXml(ok, { strict: true })).toEqual({ valid: true, diagnostics: [] });
  });

  it('places each diagnostic at the element at fault, in document order', () => {
    const r = validateXml(note);
    expect(r.valid).toBe(true);
    expect(where(r)).toEqual([
      'schema.unknown-link /_links/zzNew 4:3',
      'schema.enum /type 6:3',
      'schema.unknown-property /zzProp 7:5',
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const strict = validateXml(note, { strict: true });
    expect(strict.valid).toBe(false);
    expect(where(strict)).toEqual(where(r));
  });

  it('places diagnostics inside embedded resources', () => {
    const groups = [
      `<resource rel="myGroups" href="/g" xmlns="${NS}">`,
      '  <link rel="self" href="/g"/>',
      '  <resource rel="group" href="/g/1">',
      '    <property name="name">Friends</property>',
      '    <property name="zzColour">blue</property>',
      '  </resource>',
      '</resource>',
    ].join('\n');
    const r = validateXml(groups, { strict: true });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'schema.unknown-property',
        message: '`group` has an unknown property `zzColour`',
        path: '/_embedded/group/0/zzColour',
        line: 5,
        column: 5,
      },
    ]);
  });

  it('validates resources embedded in an XML event channel and places their diagnostics', () => {
    const doc = [
      `<events href="/e?ack=1" xmlns="${NS}">`,
      '  <link rel="next" href="/e?ack=2"/>',
      '  <sender rel="me" href="/me">',
      '    <updated rel="note" href="/me/note">',
      '      <resource rel="note" href="/me/note">',
      '        <property name="type">Vacation</property>',
      '      </resource>',
      '    </updated>',
      '  </sender>',
      '</events>',
    ].join('\n');
    expect(validateXml(doc)).toMatchObject({ valid: true, diagnostics: [{ severity: 'warning' }] });
    expect(validateXml(doc, { strict: true })).toEqual({
      valid: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'schema.enum',
          message: 'property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Vacation`',
          path: '/sender/0/events/0/_embedded/note/type',
          line: 6,
          column: 9,
        },
      ],
    });
  });

  it('never reports the GUID-named PUT property', () => {
    const doc = `<resource rel="note" href="/n" xmlns="${NS}">\n  <property name="${GUID}">token</property>\n</resource>`;
    expect(validateXml(doc, { strict: true })).toEqual({ valid: true, diagnostics: [] });
  });

  it('needs the resource option for request bodies, and uses it', () => {
    const input = `<input xmlns="${NS}">\n  <property name="message">Back soon</property>\n</input>`;
    const r = validateXml(input);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['schema.unknown-resource']);
    expect(validateXml(input, { resource: 'NotePostInput' })).toEqual({ valid: true, diagnostics: [] });
  });

  it('returns decode errors as diagnostics with their position', () => {
    const r = validateXml(`<resource rel="note" href="/n" xmlns="${NS}">\n  <property name="message">x</property>\n`);
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'xml.malformed', line: expect.any(Number) });
  });
});

describe('validateJson', () => {
  const note = [
    '{',
    '  "rel": "note",',
    '  "message": 42,',
    '  "type": "Connected",',
    '  "zzProp": true,',
    '  "_links": {',
    '    "self": [ { "href": "/me/note" } ],',
    '    "zzNew": { "href": "/zz" }',
    '  }',
    '}',
  ].join('\n');

  it('places value errors at the value and unknown names at the key, in document order', () => {
    const r = validateJson(note);
    expect(r.valid).toBe(false);
    expect(where(r)).toEqual([
      'schema.type /message 3:14',
      'schema.enum /type 4:11',
      'schema.unknown-property /zzProp 5:3',
      'schema.type /_links/self 7:13',
      'schema.unknown-link /_links/zzNew 8:5',
    ]);
    expect(r.diagnostics.find((d) => d.path === '/_links/self')?.message).toBe(
      'link `self` of `note` must be a single link, got an array',
    );
  });

  it('places a missing required member at the object that lacks it', () => {
    const r = validateJson('{\n  "rel": "note",\n  "_links": {\n    "self": {\n      "title": "me"\n    }\n  }\n}');
    expect(where(r)).toEqual(['schema.required /_links/self 4:13']);
  });

  it('places diagnostics of embedded resources of the event channel', () => {
    const channel = [
      '{',
      '  "_links": { "next": { "href": "/e?ack=2" } },',
      '  "sender": [ {',
      '    "rel": "me", "href": "/me",',
      '    "events": [ {',
      '      "link": { "rel": "note", "href": "/me/note" }, "type": "updated",',
      '      "_embedded": { "note": { "rel": "note", "message": false } }',
      '    } ]',
      '  } ]',
      '}',
    ].join('\n');
    const r = validateJson(channel);
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'schema.type',
        message: 'property `message` of `note` must be a string, got `false`',
        path: '/sender/0/events/0/_embedded/note/message',
        line: 7,
        column: 58,
      },
    ]);
  });

  it('reports syntax errors at the offending character, also where JSON.parse names no position', () => {
    const r = validateJson('{\n  "rel": "note",\n  "message": }\n');
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'json.syntax', message: 'The JSON is not valid: expected a value, found `}`.', path: '', line: 3, column: 14 },
    ]);
    expect(where(validateJson('{\n  "rel": "note"\n  "type": "Personal"\n}'))).toEqual(['json.syntax  3:3']);
  });

  it('accepts bytes, and a byte order mark without counting it as a column', () => {
    const bytes = new TextEncoder().encode('\ufeff{"rel": "note", "message": 1}');
    expect(where(validateJson(bytes))).toEqual(['schema.type /message 1:28']);
    expect(validateJson('\ufeff{"rel":"note"}')).toEqual({ valid: true, diagnostics: [] });
  });
});
