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
