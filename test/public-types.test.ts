/**
 * The model's types are part of the public API: client code imports them
 * from the package name, and gets the same shapes the schemas come from.
 * (Type-checked by `npm test` against the built package's declarations.)
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Events, Inference, Note, NoteType, Participant, UcwaEvent, ValidationResult, XmlDocument } from 'ucwa-codec';
import { decodeXml, validate } from 'ucwa-codec';

describe('public types', () => {
  it('are importable from the package name and describe decoded values', () => {
    expectTypeOf<Note['type']>().toEqualTypeOf<NoteType | undefined>();
    expectTypeOf<Participant['rel']>().toEqualTypeOf<'participant' | undefined>();
    expectTypeOf<Events['sender']>().not.toBeAny();

    const note = decodeXml(
      '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"><property name="type">Personal</property></resource>',
    ) as Note;
    const type: NoteType | undefined = note.type;
    expect(type).toBe('Personal');
    expect(validate(note).valid).toBe(true);
  });

  it('say which type a document was checked as, and how a body without rel was typed', () => {
    expectTypeOf<ValidationResult['resource']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ValidationResult['inferred']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<XmlDocument['inference']>().toEqualTypeOf<Inference | undefined>();
    expectTypeOf<UcwaEvent['status']>().toEqualTypeOf<'Success' | 'Failure' | undefined>();
    expect(validate({ culture: 'en-US', endpointId: 'e', userAgent: 'u' })).toMatchObject({ resource: 'ApplicationsPostInput', inferred: true });
  });
});

// ---------------------------------------------------------------- narrowing
// `npm test` type-checks this file against the built declarations (dist/*.d.ts):
// each @ts-expect-error line must be an error, so the narrowing is proven by tsc.

import { readFileSync } from 'node:fs';
import type { Presence, ResourceByRel, ResourceRel, TypedEvent, TypedEvents } from 'ucwa-codec';
import { decodeJson, isResource, normalize } from 'ucwa-codec';

const NOTE_XML =
  '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"><property name="message">Back at 3</property><property name="type">Personal</property></resource>';
const EVENTS_JSON = readFileSync(new URL('../examples/events.json', import.meta.url), 'utf8');

describe('typed narrowing', () => {
  it('ResourceByRel maps every rel to its model type', () => {
    expectTypeOf<ResourceByRel['note']>().toEqualTypeOf<Note>();
    expectTypeOf<ResourceByRel['participant']>().toEqualTypeOf<Participant>();
    expectTypeOf<'note'>().toMatchTypeOf<ResourceRel>();
    // @ts-expect-error `nte` is no rel of the model
    expectTypeOf<ResourceByRel['nte']>().toBeNever();
  });

  it('isResource is a type guard that validates: the value is that resource only when it is valid', () => {
    const value: unknown = decodeXml(NOTE_XML);
    // @ts-expect-error an unknown value has no properties until it is narrowed
    void value.message;
    if (isResource(value, 'note')) {
      expectTypeOf(value).toEqualTypeOf<Note>();
      const type: NoteType | undefined = value.type;
      expect(type).toBe('Personal');
      // @ts-expect-error a note has no `availability` (that is presence's)
      void value.availability;
    } else {
      expect.unreachable('a valid note');
    }
    // @ts-expect-error `nte` is no rel of the model
    isResource(value, 'nte');
    expect(isResource(value, 'presence')).toBe(false);
    expect(isResource({ rel: 'note', message: 42 }, 'note')).toBe(false);
    expect(isResource({ rel: 'note', type: 'Persnal' }, 'note')).toBe(false);
    expect(isResource({ message: 'no rel, a note by its shape' }, 'note')).toBe(true);
    expect(isResource('note', 'note')).toBe(false);
  });

  it('decoders are typed when the resource option names a rel, unknown otherwise', () => {
    const note = decodeXml(NOTE_XML, { resource: 'note' });
    expectTypeOf(note).toEqualTypeOf<Note>();
    expect(note.message).toBe('Back at 3');
    expectTypeOf(decodeXml(NOTE_XML)).toBeUnknown();
    expectTypeOf(decodeJson('{"rel":"presence"}', { resource: 'presence' })).toEqualTypeOf<Presence>();
    expectTypeOf(normalize(NOTE_XML, 'application/xml', { resource: 'note' })).toEqualTypeOf<Note>();
    // A name that is not a literal rel leaves the result unknown.
    const name: string = 'note';
    expectTypeOf(decodeXml(NOTE_XML, { resource: name })).toBeUnknown();
    // @ts-expect-error the typed result is a Note: no `availability`
    void note.availability;
  });

  it('the event channel types each embedded resource by the rel of its event', () => {
    const channel = decodeJson(EVENTS_JSON, { resource: 'events' });
    expectTypeOf(channel).toEqualTypeOf<TypedEvents>();
    const seen: string[] = [];
    for (const sender of channel.sender ?? []) {
      for (const event of sender.events ?? []) {
        expectTypeOf(event).toEqualTypeOf<TypedEvent>();
        // The embedded resource is keyed by the rel of the event's link, and typed by it.
        expectTypeOf(event._embedded?.note).toEqualTypeOf<Note | undefined>();
        expectTypeOf(event._embedded?.participant).toEqualTypeOf<Participant | undefined>();
        const note = event._embedded?.note;
        if (note) seen.push(note.message ?? '');
        // @ts-expect-error `nte` is no rel, so no key of an event's embedded resources
        void event._embedded?.nte;
        // @ts-expect-error an embedded note has no `availability`
        void note?.availability;
      }
    }
    expect(seen).toEqual(['In a meeting until noon']);
  });
});
