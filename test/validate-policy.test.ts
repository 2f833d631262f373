/**
 * The validation policy (src/validate/policy.ts) as a table: near misses of
 * what the model knows for that place are errors in every mode with a
 * suggestion; what matches nothing is a warning, an error in strict mode;
 * `extra` accepts more; request bodies as real clients write them are
 * tolerated. Each row: a value, options, and the diagnostics expected as
 * [severity, code, path, message fragment].
 */
import { describe, expect, it } from 'vitest';
import type { ValidateOptions } from '../src/validate/value.js';
import { validate, validateJson, validateXml } from '../src/validate/index.js';

type Expected = Array<[severity: 'error' | 'warning', code: string, path: string, fragment: string]>;
interface Row {
  name: string;
  value: unknown;
  options?: ValidateOptions;
  expected: Expected;
}

const NOTE = { rel: 'note', message: 'Back at two', _links: { self: { href: '/me/note' } } };
const APPLICATION = { rel: 'application', _links: { self: { href: '/app' } } };
const STRICT: ValidateOptions = { strict: true };
/** The applications POST body as .NET and Ruby clients write it. */
const DOTNET_BODY = { Culture: 'en-US', EndpointId: '123', UserAgent: 'app/1.0' };
const POST = { resource: 'ApplicationsPostInput' };
/** An event channel whose one event embeds `resource` under its rel. */
const channel = (resource: { rel: string } & Record<string, unknown>) => ({
  _links: { self: { href: '/events' }, next: { href: '/events?ack=2' } },
  sender: [{ rel: 'me', href: '/me', events: [{ link: { rel: resource.rel, href: '/r' }, type: 'updated', _embedded: { [resource.rel]: resource } }] }],
});

const rows: Row[] = [
  // Near misses: errors in both modes, with "did you mean".
  { name: 'enum member, one letter missing', value: { ...NOTE, type: 'Persnal' }, expected: [['error', 'schema.enum', '/type', 'got `Persnal` (did you mean `Personal`?)']] },
  { name: 'enum member, case only', value: { ...NOTE, type: 'personal' }, expected: [['error', 'schema.enum', '/type', '(did you mean `Personal`?)']] },
  { name: 'enum member, strict', value: { ...NOTE, type: 'Persnal' }, options: STRICT, expected: [['error', 'schema.enum', '/type', '(did you mean `Personal`?)']] },
  { name: 'enum member in a list', value: { rel: 'conversation', activeModalities: ['Messaging', 'Audoi'] }, expected: [['error', 'schema.enum', '/activeModalities/1', '(did you mean `Audio`?)']] },
  { name: 'property', value: { ...NOTE, mesage: 'x' }, expected: [['error', 'schema.unknown-property', '/mesage', '`note` has an unknown property `mesage` (did you mean `message`?)']] },
  { name: 'property, case only', value: { ...NOTE, Message: 'x' }, expected: [['error', 'schema.unknown-property', '/Message', '(did you mean `message`?)']] },
  { name: 'link', value: { ...NOTE, _links: { slef: { href: '/me/note' } } }, expected: [['error', 'schema.unknown-link', '/_links/slef', '`note` has an unknown link `slef` (did you mean `self`?)']] },
  { name: 'link attribute', value: { ...NOTE, _links: { self: { hreff: '/me/note' } } }, expected: [['error', 'schema.required', '/_links/self', 'href'], ['error', 'schema.unknown-property', '/_links/self/hreff', '(did you mean `href`?)']] },
  { name: 'embedded', value: { ...APPLICATION, _embedded: { peopel: { rel: 'people' } } }, expected: [['error', 'schema.unknown-embedded', '/_embedded/peopel', '`application` has an unknown embedded resource `peopel` (did you mean `people`?)']] },
  { name: 'inside an embedded resource', value: { ...APPLICATION, _embedded: { me: { rel: 'me', nmae: 'x' } } }, expected: [['error', 'schema.unknown-property', '/_embedded/me/nmae', '`me` has an unknown property `nmae` (did you mean `name`?)']] },
  { name: 'rel of a resource embedded in an event', value: channel({ rel: 'noet', message: 'x' }), expected: [['error', 'schema.unknown-embedded', '/sender/0/events/0/_embedded/noet', 'the event channel embeds a resource with the unknown rel `noet` (did you mean `note`?)']] },
  { name: 'two near names: both named', value: { rel: 'mediaRelayAccessToken', URI: 'sip:x' }, expected: [['error', 'schema.unknown-property', '/URI', '(did you mean `uri` or `Uri`?)']] },
  // Nothing near: warnings by default, errors when strict.
  { name: 'unknown enum member', value: { ...NOTE, type: 'Busy' }, expected: [['warning', 'schema.enum', '/type', 'must be one of OutOfOffice, Personal (NoteType), got `Busy`']] },
  { name: 'unknown enum member, strict', value: { ...NOTE, type: 'Busy' }, options: STRICT, expected: [['error', 'schema.enum', '/type', 'got `Busy`']] },
  { name: 'enumeration of one member', value: { rel: 'errorTranscript', reason: 'Timeout' }, expected: [['warning', 'schema.enum', '/reason', 'must be one of TranscriptionFailed (ErrorTranscriptReason), got `Timeout`']] },
  { name: 'unknown property', value: { ...NOTE, mood: 'x' }, expected: [['warning', 'schema.unknown-property', '/mood', 'unknown property `mood`']] },
  { name: 'unknown property, strict', value: { ...NOTE, mood: 'x' }, options: STRICT, expected: [['error', 'schema.unknown-property', '/mood', 'unknown property `mood`']] },
  { name: 'unknown link', value: { ...NOTE, _links: { history: { href: '/h' } } }, expected: [['warning', 'schema.unknown-link', '/_links/history', 'unknown link `history`']] },
  { name: 'unknown link, strict', value: { ...NOTE, _links: { history: { href: '/h' } } }, options: STRICT, expected: [['error', 'schema.unknown-link', '/_links/history', 'unknown link `history`']] },
  { name: 'unknown embedded', value: { ...APPLICATION, _embedded: { calendar: {} } }, expected: [['warning', 'schema.unknown-embedded', '/_embedded/calendar', 'unknown embedded resource `calendar`']] },
  { name: 'unknown rel embedded in an event', value: channel({ rel: 'calendar' }), expected: [['warning', 'schema.unknown-embedded', '/sender/0/events/0/_embedded/calendar', 'unknown rel `calendar`']] },
  { name: 'unknown rel embedded in an event, strict', value: channel({ rel: 'calendar' }), options: STRICT, expected: [['error', 'schema.unknown-embedded', '/sender/0/events/0/_embedded/calendar', 'unknown rel `calendar`']] },
  { name: 'unknown embedded, strict', value: { ...APPLICATION, _embedded: { calendar: {} } }, options: STRICT, expected: [['error', 'schema.unknown-embedded', '/_embedded/calendar', 'unknown embedded resource `calendar`']] },
  { name: 'a new version of a link is no typo', value: { rel: 'me', _links: { note2: { href: '/n' } } }, expected: [['warning', 'schema.unknown-link', '/_links/note2', 'unknown link `note2`']] },
  // extra: accepted names and members, still guarded against typos.
  { name: 'extra member', value: { ...NOTE, type: 'Busy' }, options: { extra: { NoteType: ['Busy'] } }, expected: [] },
  { name: 'extra member, strict', value: { ...NOTE, type: 'Busy' }, options: { strict: true, extra: { NoteType: ['Busy'] } }, expected: [] },
  { name: 'extra property, by rel', value: { ...NOTE, mood: 'x' }, options: { strict: true, extra: { note: ['mood'] } }, expected: [] },
  { name: 'extra link, by type name', value: { ...NOTE, _links: { history: { href: '/h' } } }, options: { strict: true, extra: { Note: ['history'] } }, expected: [] },
  { name: 'extra key in another case', value: { ...NOTE, type: 'Busy' }, options: { strict: true, extra: { notetype: ['Busy'] } }, expected: [] },
  { name: 'near miss of an extra member', value: { ...NOTE, type: 'Busi' }, options: { extra: { NoteType: ['Busy'] } }, expected: [['error', 'schema.enum', '/type', '(did you mean `Busy`?)']] },
  { name: 'near miss of a real member despite extra', value: { ...NOTE, type: 'Persnal' }, options: { extra: { NoteType: ['Busy'] } }, expected: [['error', 'schema.enum', '/type', '(did you mean `Personal`?)']] },
  { name: 'extra of another resource does not apply', value: { ...NOTE, mood: 'x' }, options: { strict: true, extra: { contact: ['mood'] } }, expected: [['error', 'schema.unknown-property', '/mood', 'mood']] },
  // Request bodies (issue 10): names in another case and ISO dates are tolerated.
  {
    name: 'request body names in another case',
    value: DOTNET_BODY,
    options: POST,
    expected: [
      ['warning', 'schema.name-case', '/Culture', 'property `Culture` of `ApplicationsPostInput` is spelt `culture` in the model'],
      ['warning', 'schema.name-case', '/EndpointId', 'spelt `endpointId`'],
      ['warning', 'schema.name-case', '/UserAgent', 'spelt `userAgent`'],
    ],
  },
  {
    name: 'request body names in another case, strict',
    value: DOTNET_BODY,
    options: { ...POST, strict: true },
    expected: [
      ['error', 'schema.name-case', '/Culture', 'spelt `culture`'],
      ['error', 'schema.name-case', '/EndpointId', 'spelt `endpointId`'],
      ['error', 'schema.name-case', '/UserAgent', 'spelt `userAgent`'],
    ],
  },
  { name: 'request body: other errors placed on the name as written', value: { ...DOTNET_BODY, Culture: 7 }, options: POST, expected: [['warning', 'schema.name-case', '/Culture', 'spelt `culture`'], ['warning', 'schema.name-case', '/EndpointId', ''], ['warning', 'schema.name-case', '/UserAgent', ''], ['error', 'schema.type', '/Culture', 'must be a string']] },
  { name: 'request body: both spellings', value: { culture: 'en-US', Culture: 'de-DE', endpointId: '1', userAgent: 'a' }, options: POST, expected: [['error', 'schema.unknown-property', '/Culture', '(did you mean `culture`?)']] },
  { name: 'request body: a real typo', value: { culture: 'en-US', endpointId: '1', userAgnet: 'a' }, options: POST, expected: [['error', 'schema.required', '', 'userAgent'], ['error', 'schema.unknown-property', '/userAgnet', '(did you mean `userAgent`?)']] },
  {
    name: 'request body: list names',
    value: { Duration: 30, Uris: ['sip:a@example.com'] },
    options: { resource: 'PresenceSubscriptionsPostInput' },
    expected: [['warning', 'schema.name-case', '/Duration', 'spelt `duration`'], ['warning', 'schema.name-case', '/Uris', 'spelt `uris`']],
  },
  {
    name: 'request body: a member of a list in another case is a typo',
    value: { SupportedModalities: ['messaging'] },
    options: { resource: 'MakeMeAvailablePostInput' },
    expected: [['warning', 'schema.name-case', '/SupportedModalities', 'spelt `supportedModalities`'], ['error', 'schema.enum', '/SupportedModalities/0', '(did you mean `Messaging`?)']],
  },
  { name: 'request body: ISO 8601 date', value: { subject: 'x', expirationTime: '2014-03-07T01:17:18.000Z' }, options: { resource: 'MyOnlineMeetingsPostInput' }, expected: [['warning', 'schema.date-form', '/expirationTime', 'is an ISO 8601 date; UCWA\'s JSON form of that instant is `/Date(1394155038000)/`']] },
  { name: 'request body: ISO 8601 date, strict', value: { subject: 'x', expirationTime: '2014-03-07T01:17:18.000Z' }, options: { resource: 'MyOnlineMeetingsPostInput', strict: true }, expected: [['error', 'schema.date-form', '/expirationTime', 'ISO 8601']] },
  { name: 'resource: an ISO 8601 date stays an error', value: { rel: 'myOnlineMeeting', expirationTime: '2014-03-07T01:17:18.000Z' }, expected: [['error', 'schema.pattern', '/expirationTime', 'must be a UCWA date']] },
  { name: 'resource: names in another case are typos', value: { rel: 'application', Culture: 'en-US' }, expected: [['error', 'schema.unknown-property', '/Culture', '(did you mean `culture`?)']] },
];

function summary(diagnostics: readonly { severity: string; code: string; path: string; message: string }[]) {
  return diagnostics.map((d) => [d.severity, d.code, d.path, d.message]);
}

describe('the validation policy', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = validate(row.value, row.options);
    const got = summary(result.diagnostics);
    expect(got.map(([s, c, p]) => [s, c, p])).toEqual(row.expected.map(([s, c, p]) => [s, c, p]));
    row.expected.forEach(([, , , fragment], i) => expect(got[i]![3]).toContain(fragment));
    expect(result.valid).toBe(!row.expected.some(([s]) => s === 'error'));
  });

  it('is the same for the XML form, with positions', () => {
    const xml = [
      '<resource rel="note" href="/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">',
      '  <property name="type">Persnal</property>',
      '  <property name="mesage">x</property>',
      '</resource>',
    ].join('\n');
    expect(validateXml(xml).diagnostics.map((d) => [d.severity, d.code, d.line, d.message.replace(/^.*(\(did.*)$/, '$1')])).toEqual([
      ['error', 'schema.enum', 2, '(did you mean `Personal`?)'],
      ['error', 'schema.unknown-property', 3, '(did you mean `message`?)'],
    ]);
  });

  it('places request-body case warnings on the names as written in JSON text', () => {
    const text = '{\n  "Culture": "en-US",\n  "EndpointId": "1",\n  "UserAgent": "a",\n  "Extra": 1\n}';
    const result = validateJson(text, POST);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([
      ['warning', 'schema.name-case', 2, 3],
      ['warning', 'schema.name-case', 3, 3],
      ['warning', 'schema.name-case', 4, 3],
      ['warning', 'schema.unknown-property', 5, 3],
    ]);
    expect(result.valid).toBe(true);
  });

  it('never changes the value it validates', () => {
    const value = structuredClone(DOTNET_BODY);
    validate(value, POST);
    expect(value).toEqual(DOTNET_BODY);
  });

  it('keeps a __proto__ member of a request body a plain member while renaming', () => {
    const value = JSON.parse('{"Culture":"en-US","endpointId":"1","userAgent":"a","__proto__":{"x":1}}') as unknown;
    const result = validate(value, POST);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['schema.name-case', 'value.forbidden-name']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('costs a linear amount of work in the number of unknown names', () => {
    // 20,000 unknown names, each compared with the dozen names of one place: quick, and all reported.
    const value: Record<string, unknown> = { ...NOTE };
    for (let i = 0; i < 20_000; i++) value[`unknownName${i}`] = i;
    const result = validate(value);
    expect(result.diagnostics).toHaveLength(20_000);
    expect(result.valid).toBe(true);
  });
});
