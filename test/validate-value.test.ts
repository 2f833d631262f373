import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import type { JsonSchema } from '../src/schema/types.js';
import { validate } from '../src/validate/validate.js';

const GUID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const defs = bundle.definitions;

/** The bundle changes as the model grows: pick examples by shape, not by name. */
function find(pred: (name: string, def: JsonSchema) => boolean): [string, JsonSchema] {
  const hit = Object.entries(defs).find(([n, d]) => pred(n, d));
  if (!hit) throw new Error('no definition of the wanted shape in the bundle');
  return hit;
}

function deref(s: JsonSchema | undefined): JsonSchema | undefined {
  return s?.$ref ? defs[s.$ref.replace('#/definitions/', '')] : s;
}

const relOf = (d: JsonSchema) => d.properties?.rel?.const as string | undefined;
const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('validate: type resolution', () => {
  it('takes the type from the rel, or from a type name, page name or rel given as option', () => {
    const note = { rel: 'note', message: 'hi', type: 'Personal', _links: { self: { href: '/n' } } };
    expect(validate(note)).toEqual({ valid: true, diagnostics: [] });
    for (const resource of ['Note', 'note']) expect(validate(note, { resource }).valid).toBe(true);
    const input = { message: 'hi' };
    expect(validate(input, { resource: 'NotePostInput' })).toEqual({ valid: true, diagnostics: [] });
  });

  it('reports schema.unknown-resource for a value without rel and no option, with advice', () => {
    const r = validate({ message: 'hi' });
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['schema.unknown-resource']);
    expect(r.diagnostics[0]!.message).toMatch(/no `rel`.*`resource` option/);
  });

  it('reports an unknown rel and an unknown resource option', () => {
    expect(validate({ rel: 'noSuchThing' }).diagnostics[0]).toMatchObject({
      code: 'schema.unknown-resource',
      path: '/rel',
      message: expect.stringContaining('`noSuchThing`'),
    });
    expect(codes(validate({}, { resource: 'NoSuchType' }))).toEqual(['schema.unknown-resource']);
    expect(codes(validate('text'))).toEqual(['schema.unknown-resource']);
    expect(codes(validate(null))).toEqual(['schema.unknown-resource']);
  });

  it('recognises error bodies and validates them', () => {
    expect(validate({ code: 'Conflict', subcode: 'AlreadyExists', message: 'exists' })).toEqual({ valid: true, diagnostics: [] });
    const bad = validate({ code: 'Conflict', message: 7 });
    expect(bad.valid).toBe(false);
    expect(bad.diagnostics).toMatchObject([{ code: 'schema.type', path: '/message' }]);
  });
});

describe('validate: diagnostics per code, and their wording', () => {
  it('schema.enum: unknown members are warnings by default, errors in strict mode', () => {
    const note = { rel: 'note', type: 'Connected' };
    const message = 'property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Connected`';
    expect(validate(note)).toEqual({
      valid: true,
      diagnostics: [{ severity: 'warning', code: 'schema.enum', message, path: '/type' }],
    });
    expect(validate(note, { strict: true })).toEqual({
      valid: false,
      diagnostics: [{ severity: 'error', code: 'schema.enum', message, path: '/type' }],
    });
  });

  it('schema.type: a wrong scalar type is an error in both modes, with the value shown as JSON', () => {
    const r = validate({ rel: 'note', message: 42 });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'schema.type', message: 'property `message` of `note` must be a string, got `42`', path: '/message' },
    ]);
    // a non-string in an enum property is a type error, reported once
    expect(codes(validate({ rel: 'note', type: 3 }))).toEqual(['schema.type']);
  });

  it('schema.type: integers', () => {
    const [name, def] = find((_, d) => d.ucwaKind === 'resource' && !!relOf(d) &&
      Object.values(d.properties ?? {}).some((p) => p.type === 'integer'));
    const prop = Object.entries(def.properties!).find(([, p]) => p.type === 'integer')![0];
    const r = validate({ rel: relOf(def), [prop]: 'abc' });
    expect(r.valid, name).toBe(false);
    expect(r.diagnostics).toContainEqual({
      severity: 'error',
      code: 'schema.type',
      message: `property \`${prop}\` of \`${relOf(def)}\` must be an integer, got \`"abc"\``,
      path: `/${prop}`,
    });
  });

  it('schema.type: a single link given as an array, and the other way round', () => {
    const channel = { _links: { next: [{ href: '/e?ack=2' }] }, sender: [] };
    expect(validate(channel).diagnostics).toEqual([
      { severity: 'error', code: 'schema.type', message: 'link `next` of `events` must be a single link, got an array', path: '/_links/next' },
    ]);
    const [, def] = find((_, d) => !!relOf(d) &&
      Object.values(deref(d.properties?._links)?.properties ?? {}).some((l) => l.type === 'array'));
    const link = Object.entries(deref(def.properties!._links)!.properties!).find(([, l]) => l.type === 'array')![0];
    const r = validate({ rel: relOf(def), _links: { [link]: { href: '/x' } } });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({
      code: 'schema.type',
      message: `link \`${link}\` of \`${relOf(def)}\` must be an array of links, got a single link`,
    }));
  });

  it('schema.type: embedded arrays and single resources', () => {
    const [, def] = find((_, d) => !!relOf(d) &&
      Object.values(deref(d.properties?._embedded)?.properties ?? {}).some((e) => e.type === 'array'));
    const key = Object.entries(deref(def.properties!._embedded)!.properties!).find(([, e]) => e.type === 'array')![0];
    const r = validate({ rel: relOf(def), _embedded: { [key]: {} } });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({
      code: 'schema.type',
      path: `/_embedded/${key}`,
      message: `embedded \`${key}\` of \`${relOf(def)}\` must be an array of resources, got a single resource`,
    }));
  });

  it('schema.required', () => {
    const [name, def] = find((_, d) => d.ucwaKind === 'request' && !!d.required?.length);
    const r = validate({}, { resource: name });
    expect(r.valid).toBe(false);
    for (const prop of def.required!) {
      expect(r.diagnostics).toContainEqual({
        severity: 'error',
        code: 'schema.required',
        message: `\`${name}\` is missing the required property \`${prop}\``,
        path: '',
      });
    }
    const link = validate({ rel: 'note', _links: { self: { title: 'no href' } } });
    expect(link.diagnostics).toEqual([
      { severity: 'error', code: 'schema.required', message: 'link `self` of `note` is missing the required attribute `href`', path: '/_links/self' },
    ]);
  });

  it('schema.pattern: dates', () => {
    const [, def] = find((_, d) => d.ucwaKind === 'resource' && !!relOf(d) &&
      Object.values(d.properties ?? {}).some((p) => p.ucwaType === 'date'));
    const prop = Object.entries(def.properties!).find(([, p]) => p.ucwaType === 'date')![0];
    const rel = relOf(def)!;
    expect(validate({ rel, [prop]: '/Date(1371023234000)/' }).valid).toBe(true);
    const r = validate({ rel, [prop]: '2013-06-12T00:47:14Z' });
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'schema.pattern',
        message: `property \`${prop}\` of \`${rel}\` must be a UCWA date like \`/Date(1371023234000)/\`, got \`"2013-06-12T00:47:14Z"\``,
        path: `/${prop}`,
      },
    ]);
  });

  it('schema.max-length', () => {
    const [name, def] = find((_, d) => d.ucwaKind === 'request' &&
      Object.values(d.properties ?? {}).some((p) => typeof p.maxLength === 'number'));
    const [prop, schema] = Object.entries(def.properties!).find(([, p]) => typeof p.maxLength === 'number')!;
    const value = Object.fromEntries((def.required ?? []).map((k) => [k, 'x']));
    value[prop] = 'y'.repeat(schema.maxLength! + 1);
    const r = validate(value, { resource: name });
    expect(r.diagnostics).toContainEqual({
      severity: 'error',
      code: 'schema.max-length',
      message: `property \`${prop}\` of \`${name}\` must be at most ${schema.maxLength} characters long, got ${schema.maxLength! + 1}`,
      path: `/${prop}`,
    });
  });

  it('schema.unknown-property / unknown-link / unknown-embedded: warnings by default, errors when strict', () => {
    const note = {
      rel: 'note',
      brandNew: true,
      _links: { self: { href: '/n', extra: 'x' }, somethingNew: { href: '/s' } },
      _embedded: { newThing: { rel: 'newThing' } },
    };
    const lenient = validate(note);
    expect(lenient.valid).toBe(true);
    expect(new Set(lenient.diagnostics.map((d) => d.severity))).toEqual(new Set(['warning']));
    const expected = [
      { code: 'schema.unknown-property', path: '/brandNew', message: '`note` has an unknown property `brandNew`' },
      { code: 'schema.unknown-link', path: '/_links/somethingNew', message: '`note` has an unknown link `somethingNew`' },
      { code: 'schema.unknown-property', path: '/_links/self/extra', message: 'link `self` of `note` has an unknown attribute `extra`' },
      { code: 'schema.unknown-embedded', path: '/_embedded/newThing', message: '`note` has an unknown embedded resource `newThing`' },
    ];
    for (const e of expected) expect(lenient.diagnostics).toContainEqual({ severity: 'warning', ...e });
    expect(lenient.diagnostics).toHaveLength(expected.length);
    const strict = validate(note, { strict: true });
    expect(strict.valid).toBe(false);
    for (const e of expected) expect(strict.diagnostics).toContainEqual({ severity: 'error', ...e });
  });

  it('an unknown embedded entry of a type that has embedded resources', () => {
    const [, def] = find((_, d) => !!relOf(d) && !!d.properties?._embedded);
    const r = validate({ rel: relOf(def), _embedded: { zzNew: [] } }, { strict: true });
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'schema.unknown-embedded', message: `\`${relOf(def)}\` has an unknown embedded resource \`zzNew\``, path: '/_embedded/zzNew' },
    ]);
  });

  it('describes errors inside embedded resources by the embedded resource', () => {
    const [, def] = find((_, d) => !!relOf(d) &&
      Object.values(deref(d.properties?._embedded)?.properties ?? {}).some((e) => e.type !== 'array' && !!relOf(deref(e) ?? {})));
    const [key, entry] = Object.entries(deref(def.properties!._embedded)!.properties!)
      .find(([, e]) => e.type !== 'array' && !!relOf(deref(e) ?? {}))!;
    const inner = relOf(deref(entry)!)!;
    const r = validate({ rel: relOf(def), _embedded: { [key]: { rel: inner, zzUnknown: 1 } } }, { strict: true });
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'schema.unknown-property', message: `\`${inner}\` has an unknown property \`zzUnknown\``, path: `/_embedded/${key}/zzUnknown` },
    ]);
  });

  it('never reports the GUID-named PUT property, in either mode', () => {
    for (const strict of [false, true]) {
      expect(validate({ rel: 'note', message: 'x', [GUID]: 'token' }, { strict })).toEqual({ valid: true, diagnostics: [] });
      const [put, def] = find((_, d) => d.ucwaOperation === 'PUT' && (d.ucwaKind === 'request' || !!d.$ref));
      const body = Object.fromEntries((deref(def)?.required ?? []).map((k) => [k, 'x']));
      const r = validate({ ...body, [GUID]: 'token' }, { resource: put, strict });
      expect(r.diagnostics.filter((d) => d.path === `/${GUID}`)).toEqual([]);
    }
  });
});

describe('validate: the event channel', () => {
  const channel = (embedded: unknown) => ({
    _links: { self: { href: '/e?ack=1' }, next: { href: '/e?ack=2' } },
    sender: [
      {
        rel: 'me',
        href: '/me',
        events: [{ link: { rel: 'note', href: '/me/note' }, type: 'updated', _embedded: { note: embedded } }],
      },
    ],
  });

  it('validates the envelope, then each embedded resource by its rel', () => {
    expect(validate(channel({ rel: 'note', message: 'hi', type: 'Personal' }))).toEqual({ valid: true, diagnostics: [] });
    const r = validate(channel({ rel: 'note', message: 5 }));
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'schema.type',
        message: 'property `message` of `note` must be a string, got `5`',
        path: '/sender/0/events/0/_embedded/note/message',
      },
    ]);
  });

  it('an embedded resource of unknown rel is a warning, an error when strict', () => {
    const value = channel({ rel: 'zzFuture' });
    (value.sender[0]!.events[0]!._embedded as Record<string, unknown>) = { zzFuture: { rel: 'zzFuture' } };
    expect(validate(value)).toMatchObject({ valid: true, diagnostics: [{ severity: 'warning', code: 'schema.unknown-embedded' }] });
    expect(validate(value, { strict: true })).toMatchObject({ valid: false, diagnostics: [{ severity: 'error', code: 'schema.unknown-embedded' }] });
  });
});
