/**
 * What real servers and clients send beyond the reference pages (issue 10),
 * one fixture per fact in both forms (test/fixtures/wire/, invented values),
 * decoded against the real model: the laws over each twin, the type each is
 * checked as, and each fact tested as a pattern over the whole catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { decodeJson, decodeXml, decodeXmlDocument, encodeJson, encodeXml, validate, validateJson, validateXml } from '../src/index.js';
import { bodyNames, inferType } from '../src/schema/infer.js';
import { defaultPlanner } from '../src/schema/plan.js';

const dir = new URL('./fixtures/wire/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const twins = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const planner = defaultPlanner();

/**
 * What each fixture is checked as. `valid`: the verdict in strict mode; absent where the verdict
 * belongs to the request-body name policy (case-only differences, ISO dates), not to the codec.
 */
const EXPECTED: Record<string, { resource?: string; candidates?: string[]; valid?: boolean }> = {
  'discovery-root': { resource: 'Root', valid: true },
  'discovery-user': { resource: 'User', valid: true },
  'discovery-redirect': { candidates: ['Root', 'User'], valid: true },
  'applications-post': { resource: 'ApplicationsPostInput', valid: true },
  'applications-post-pascal': { resource: 'ApplicationsPostInput' },
  'presence-subscriptions-pascal': { resource: 'PresenceSubscriptionsPostInput' },
  'events-all-kinds': { resource: 'Events', valid: true },
  'application-etag-expires': { resource: 'Application', valid: true },
  'my-groups-empty': { resource: 'MyGroups', valid: true },
  'conversations-empty': { resource: 'Conversations', valid: true },
  'meeting-post-iso-date': { candidates: ['MyAssignedOnlineMeetingPutInput', 'MyOnlineMeetingPutInput', 'MyOnlineMeetingsPostInput'] },
  'start-messaging': { candidates: ['StartMessaging2PostInput', 'StartMessagingPostInput'], valid: true },
};

describe('wire fixtures: both forms, the laws', () => {
  it('every fixture is a twin and is listed', () => {
    const xml = readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4)).sort();
    expect(xml).toEqual(twins);
    expect(Object.keys(EXPECTED).sort()).toEqual(twins);
  });

  for (const name of twins) {
    it(`${name}: XML and JSON decode alike, each form converts to the other and back unchanged`, () => {
      const xml = read(`${name}.xml`);
      const value = decodeJson(read(`${name}.json`));
      expect(decodeXml(xml)).toStrictEqual(value);
      // JSON -> XML writes the fixture's XML, which reads back as the same value.
      expect(encodeXml(value)).toBe(xml.trimEnd());
      expect(decodeXml(encodeXml(value))).toStrictEqual(value);
      expect(encodeXml(decodeXml(xml))).toBe(xml.trimEnd());
      expect(decodeJson(encodeJson(value))).toStrictEqual(value);
    });

    it(`${name}: is checked as the type its shape says, in both forms`, () => {
      const { resource, candidates, valid } = EXPECTED[name]!;
      for (const result of [validateJson(read(`${name}.json`), { strict: true }), validateXml(read(`${name}.xml`), { strict: true })]) {
        if (resource) {
          expect(result.resource).toBe(resource);
          expect(result.inferred).toBe(!['Events', 'Application', 'MyGroups', 'Conversations'].includes(resource));
        } else {
          expect(result.resource).toBeUndefined();
          const ambiguity = result.diagnostics.find((d) => d.code === 'schema.ambiguous-resource');
          for (const c of candidates!) expect(ambiguity?.message).toContain(`\`${c}\``);
        }
        if (valid !== undefined) expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }
    });
  }
});

describe('fact 1: bodies without rel', () => {
  it('the XML decoder says how it typed a body without rel', () => {
    expect(decodeXmlDocument(read('discovery-root.xml')).inference).toEqual({ type: 'Root', candidates: ['Root'], likely: ['Root'], partial: false });
    expect(decodeXmlDocument(read('application-etag-expires.xml')).inference).toBeUndefined();
  });

  it('types values by the inferred type: names are kept as sent, values typed as the documented names', () => {
    expect(decodeXml(read('presence-subscriptions-pascal.xml'))).toStrictEqual({ Duration: 30, Uris: ['sip:ana@example.net', 'sip:bo@example.net'] });
    expect(encodeXml({ Duration: 30, Uris: ['sip:ana@example.net'] }, { indent: 0 })).toContain('<input');
  });

  it('the resource option and a rel still win', () => {
    const root = decodeJson(read('discovery-root.json'));
    expect(validate(root, { resource: 'Redirect' })).toMatchObject({ valid: true, resource: 'Redirect', inferred: false });
    expect(validate({ rel: 'redirect', ...(root as object) })).toMatchObject({ resource: 'Redirect', inferred: false });
  });
});

describe('fact 2: completed events carry status and reason, on every kind of event', () => {
  const kinds = ['added', 'updated', 'deleted', 'started', 'completed'];
  it('status is an attribute of the event element and reason a child, whatever the kind', () => {
    for (const type of kinds) {
      const channel = {
        sender: [{ rel: 'communication', href: '/c', events: [
          { link: { rel: 'messagingInvitation', href: '/c/m/1' }, status: 'Failure', reason: { code: 'Gone', subcode: 'Transferred', message: 'moved' }, type },
          { link: { rel: 'messagingInvitation', href: '/c/m/2' }, status: 'Success', type },
        ] }],
      };
      const xml = encodeXml(channel, { indent: 0 });
      expect(xml).toContain(`<${type} rel="messagingInvitation" href="/c/m/1" status="Failure"><reason><code>Gone</code>`);
      expect(decodeXml(xml)).toStrictEqual(channel);
      expect(validate(channel, { strict: true })).toMatchObject({ valid: true, resource: 'Events' });
    }
  });

  it('validates the status and the reason in strict mode', () => {
    const bad = { sender: [{ rel: 'me', href: '/me', events: [{ link: { rel: 'x', href: '/x' }, status: 'Maybe', reason: { code: 'Gone', subcode: 'zzNoSuchSubcode' }, type: 'completed' }] }] };
    const codes = validate(bad, { strict: true }).diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes).toEqual(expect.arrayContaining(['schema.enum /sender/0/events/0/status', 'schema.enum /sender/0/events/0/reason/subcode']));
  });

  it('refuses an event link that carries a status of its own (it would become the event status)', () => {
    const channel = { sender: [{ rel: 'me', href: '/me', events: [{ link: { rel: 'x', href: '/x', status: 'Success' }, type: 'completed' }] }] };
    expect(() => encodeXml(channel)).toThrow(/status/);
  });
});

describe('fact 3: etag on every resource a client reads, changes and PUTs back; the application expires', () => {
  /** The resource of every page with a PUT, and the resources the issue names. */
  const putPages = Object.values(bundle.definitions).filter((d) => d.ucwaOperation === 'PUT').map((d) => String(d.ucwaPage));
  const types = [...new Set([...putPages, 'application', 'contact', 'communication'].map((p) => planner.resolveType(p)!))];

  it('each accepts etag in strict mode', () => {
    expect(types.length).toBeGreaterThanOrEqual(10);
    for (const type of types) {
      const plan = planner.planFor(type)!;
      const value = plan.rel ? { rel: plan.rel, etag: '7' } : { etag: '7' };
      expect(validate(value, { resource: type, strict: true }).diagnostics, type).toEqual([]);
    }
  });

  it('the application expires at a date, in both forms', () => {
    const xml = encodeXml({ rel: 'application', expires: '/Date(1731415200000)/' }, { indent: 0 });
    expect(xml).toContain('<property name="expires">2024-11-12T12:40:00.0000000Z</property>');
  });
});

describe('fact 4: empty lists survive XML', () => {
  it('every array-valued link and embedded entry of every resource, empty, round-trips', () => {
    let count = 0;
    for (const [name, def] of Object.entries(bundle.definitions)) {
      if (def.ucwaKind !== 'resource' || def.$ref) continue;
      const plan = planner.planFor(name)!;
      const links = Object.fromEntries([...plan.links].filter(([, c]) => c === 'array').map(([k]) => [k, []]));
      const embedded = Object.fromEntries([...plan.embedded].filter(([, e]) => e.array).map(([k]) => [k, []]));
      if (!Object.keys(links).length && !Object.keys(embedded).length) continue;
      const value: Record<string, unknown> = plan.rel ? { rel: plan.rel } : {};
      if (Object.keys(links).length) value._links = links;
      if (Object.keys(embedded).length) value._embedded = embedded;
      expect(decodeXml(encodeXml(value)), name).toStrictEqual(value);
      count++;
    }
    expect(count).toBeGreaterThan(25);
  });

  it('keys of any spelling; a list with items stays as it is', () => {
    const value = { rel: 'zzThing', _links: { 'a b/c%': [], self: { href: '/t' } }, _embedded: { '': [], x: [{ rel: 'y' }, { rel: 'y' }] } };
    expect(decodeXml(encodeXml(value))).toStrictEqual(value);
  });

  it('XML from a server, which cannot show an empty list, has no key for it', () => {
    const xml = read('my-groups-empty.xml').replace(/ xmlns:codec="[^"]*" codec:empty="[^"]*"/, '');
    expect((decodeXml(xml) as { _embedded: object })._embedded).not.toHaveProperty('group');
  });

  it('a malformed marker is an xml.unexpected-element error', () => {
    const xml = '<resource rel="myGroups" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" xmlns:c="https://ucwa-codec.dev/xml" c:empty="group %E0"/>';
    expect(() => decodeXml(xml)).toThrow(/expected _links\/name or _embedded\/name/);
  });
});

describe('fact 5: request bodies as clients send them', () => {
  const requests = Object.entries(bundle.definitions).filter(([, d]) => d.ucwaKind === 'request' && !d.$ref && d.type === 'object');

  it('names that differ from the documented ones only in case: inferred, typed, never renamed', () => {
    let checked = 0;
    for (const [name] of requests) {
      const plan = planner.planFor(name)!;
      if (!plan.properties.size) continue;
      const pascal = [...plan.properties.keys()].map((k) => k[0]!.toUpperCase() + k.slice(1));
      const found = inferType({ properties: pascal, links: [], embedded: [] }, 'request');
      expect(found.candidates, name).toContain(name);
      for (const [k, shape] of plan.properties) {
        expect(planner.propertyShape(plan, k[0]!.toUpperCase() + k.slice(1)), `${name}.${k}`).toEqual(shape);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
    expect(decodeXml(read('applications-post-pascal.xml'))).toStrictEqual(decodeJson(read('applications-post-pascal.json')));
  });

  it('resources keep exact names: case is no match there', () => {
    expect(planner.propertyShape(planner.planFor('Application'), 'Culture')).toBeUndefined();
  });

  it('an ISO 8601 date of a JSON request body is written to XML as that instant, and read back as written', () => {
    const body = { subject: 's', expirationTime: '2014-03-07T01:17:18.000Z' };
    const xml = encodeXml(body, { indent: 0 });
    expect(xml).toContain('<property name="expirationTime">2014-03-07T01:17:18.000Z</property>');
    expect(decodeXml(xml)).toStrictEqual(body);
    // The form UCWA and this encoder write still reads as /Date(ms)/, and any ISO form does for the validator.
    expect(decodeXml(encodeXml({ subject: 's', expirationTime: '/Date(1394155038000)/' }))).toStrictEqual({ subject: 's', expirationTime: '/Date(1394155038000)/' });
    expect(decodeXmlDocument(xml, { canonicalDates: true }).value).toStrictEqual({ subject: 's', expirationTime: '/Date(1394155038000)/' });
    // A response keeps converting every ISO form to /Date(ms)/.
    const conversation = '<resource rel="conversation" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="created">2014-03-07T01:17:18Z</property></resource>';
    expect(decodeXml(conversation)).toStrictEqual({ rel: 'conversation', created: '/Date(1394155038000)/' });
  });

  it('fields clients send that pages omit are in the model', () => {
    expect(validate(decodeJson(read('applications-post.json')), { strict: true })).toMatchObject({ valid: true, resource: 'ApplicationsPostInput' });
    for (const [name, def] of requests) {
      if (!def.properties?.operationId) continue;
      expect(Object.keys(def.properties), name).toEqual(expect.arrayContaining(['sessionContext', 'telemetryId']));
    }
  });

  it('names of a value are what inference reads', () => {
    expect(inferType(bodyNames(decodeJson(read('start-messaging.json')) as Record<string, unknown>)).candidates).toEqual(['StartMessaging2PostInput', 'StartMessagingPostInput']);
  });
});
