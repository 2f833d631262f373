/**
 * Examples made from the model (src/example/generate.ts): every type of
 * the catalogue that is a body yields one that validates in strict mode,
 * as a value and as text of both forms, and survives XML and JSON round
 * trips; the same seed gives the same payload.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { example, exampleTypes, NoExampleError } from '../src/example/generate.js';
import { decodeJson } from '../src/json/decode.js';
import { encodeJson } from '../src/json/encode.js';
import { bundle } from '../src/generated/schema-bundle.js';
import { validate, validateJson, validateXml } from '../src/validate/index.js';
import { decodeXml } from '../src/xml/decode.js';
import { encodeXml } from '../src/xml/encode.js';

const types = exampleTypes();

/** Problems of one example: strict validation of the value and of both texts, and both round trips. */
function problemsOf(type: string, options: { all?: boolean; seed?: number } = {}): string[] {
  const { value, kind } = example(type, options);
  const problems: string[] = [];
  const strict = { strict: true, resource: type };
  const report = (where: string, r: { diagnostics: readonly { code: string; path: string; message: string }[] }) => {
    for (const d of r.diagnostics) problems.push(`${type} ${where}: ${d.code} ${d.path} ${d.message}`);
  };
  report('value', validate(value, strict));
  const xml = encodeXml(value, { resource: type });
  const json = encodeJson(value, { resource: type });
  report('XML text', validateXml(xml, strict));
  // Resources, events and errors say what they are; request bodies never do (their operation does).
  report('JSON text', validateJson(json, kind === 'request' ? strict : { strict: true }));
  if (!isDeepStrictEqual(decodeXml(xml, { resource: type }), value)) problems.push(`${type}: XML round trip changed the value`);
  if (!isDeepStrictEqual(decodeJson(json, { resource: type }), value)) problems.push(`${type}: JSON round trip changed the value`);
  return problems;
}

describe('example', () => {
  it('covers every resource of the catalogue, the request bodies, the event channel and the error body', () => {
    const resources = Object.entries(bundle.definitions).filter(([, d]) => d.ucwaKind === 'resource').map(([name]) => name);
    expect(resources.length).toBeGreaterThan(200);
    expect(types).toEqual(expect.arrayContaining([...resources, 'Events', 'ErrorBody', 'NotePostInput', 'ApplicationsOptionsMetadata', 'MakeMeAvailable2PostResponse']));
  });

  it('gives every type an example valid in strict mode, in both forms, that round-trips', () => {
    expect(types.flatMap((type) => problemsOf(type))).toEqual([]);
  });

  it('does so with --all and other seeds too', () => {
    const sample = types.filter((_, i) => i % 7 === 0).concat(['Events', 'Conversation', 'MyGroups', 'Participant']);
    expect(sample.flatMap((type) => [...problemsOf(type, { all: true }), ...problemsOf(type, { seed: 42 })])).toEqual([]);
  });

  it('is deterministic, and the seed varies it', () => {
    expect(JSON.stringify(example('Conversation', { seed: 3 }).value)).toBe(JSON.stringify(example('Conversation', { seed: 3 }).value));
    expect(JSON.stringify(example('Conversation', { seed: 3 }).value)).not.toBe(JSON.stringify(example('Conversation', { seed: 4 }).value));
  });

  it('writes realistic values: hrefs under an application, dates, enumeration members, embedded resources with their rel', () => {
    const value = example('participants', { all: true }).value as any;
    expect(value._links.self.href).toMatch(/^\/ucwa\/oauth\/v1\/applications\/\d+\/participants$/);
    const people = value._embedded.participant;
    expect(people).toHaveLength(2);
    for (const p of people) {
      expect(p.rel).toBe('participant');
      expect(p._links.self.href.startsWith(`${value._links.self.href}/participant/`)).toBe(true);
      expect(p.uri).toBe(`sip:${p.name.toLowerCase().replace(/ /g, '.')}@contoso.com`);
    }
    const conversation = example('conversation').value as any;
    expect(conversation.state).toMatch(/^(Conferenced|Conferencing|Connected|Connecting|Disconnected|Disconnecting|Idle|Transferring)$/);
    const events = example('events').value as any;
    expect(events.sender[0].events.map((e: any) => e.type).sort()).toEqual(['added', 'completed', 'deleted', 'started', 'updated']);
    expect(events.sender[0].events.find((e: any) => e.type === 'added')._embedded).toBeDefined();
    const application = example('application').value as any;
    expect(application.expires).toMatch(/^\/Date\(\d+\)\/$/);
  });

  it('refuses names that are no body, with a reason', () => {
    expect(() => example('nothing-like-it')).toThrow(NoExampleError);
    expect(() => example('AcceptWithAnswerPostInput')).toThrow(/application\/sdp/);
    expect(() => example('Link')).toThrow(/not a body/);
  });
});
