/**
 * Example payloads made from the model: for any resource, request body,
 * error body, OPTIONS reply or the event channel, a JSON value that the
 * validator accepts in strict mode, and that both codecs carry without loss.
 *
 * Everything comes from the schema bundle at run time: which properties,
 * links and embedded resources a type declares, their kinds (strings,
 * integers within their bounds, booleans, dates, enumerations, lists,
 * property bags), the `rel` of each resource, maximum lengths and required
 * names. Nothing lists resources by hand; string values are picked by the
 * shape of a property's name (`...Uri` is a SIP URI, `...Name` a person),
 * and hrefs are built as UCWA builds them, below
 * `/ucwa/oauth/v1/applications/<id>/`, each link and embedded resource
 * under the href of the resource that holds it.
 *
 * Deterministic: every value is a function of the seed and its JSON
 * pointer (a hash, no shared random state), so the same seed gives the same
 * payload, and a new name in the model does not change the other values.
 * Browser-safe: no Node API.
 */
import { asUcwaError, checkOptions, checkText } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { defaultPlanner, type Planner } from '../schema/plan.js';
import type { JsonSchema } from '../schema/types.js';

export interface ExampleOptions {
  /** Varies the values (ids, names, enumeration members, dates); 1 by default. */
  seed?: number;
  /**
   * Every link and embedded resource of the embedded resources too, and two
   * items per array. By default embedded resources carry their properties
   * and links, and arrays one item.
   */
  all?: boolean;
}

export interface Example {
  /** The definition the example is of (aliases followed: `Organizer` gives `Contact`'s shape under its own name). */
  type: string;
  /** ucwaKind of the type: resource, request, error, events, options, response. */
  kind: string;
  value: unknown;
}

/** The kinds of definition an example can be made of. */
const KINDS = new Set(['resource', 'request', 'error', 'events', 'options', 'response']);
const REF = '#/definitions/';
const API_ROOT = '/ucwa/oauth/v1/applications';
/** Wednesday 2024-03-06 09:30 UTC: dates count from here. */
const BASE_DATE = Date.UTC(2024, 2, 6, 9, 30);
const PEOPLE = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov', 'Katherine Johnson', 'Donald Knuth', 'Frances Allen'];
const NOTES = ['Back at three; reachable by IM until then.', 'In the lab all afternoon.', 'Travelling; answers may be slow.', 'Working from the Dublin office this week.'];
const SUBJECTS = ['Quarterly planning', 'Design review', 'Release readiness', 'Weekly sync', 'Customer escalation'];
/** Links to a person, which carry the person's name as their title. */
const PERSON_LINK = /^(contact|participant|localParticipant|member|organizer|from|to|delegate|delegator|sender|presenter|forwardedBy|onBehalfOf|transferredBy)$/;
const PLACES = ['Building 4, room 1120', 'Redmond', 'Dublin', 'Zurich', 'Hyderabad'];

/** Why a type has no example (a body that is not UCWA JSON or XML, or not a body at all). */
/** No example for that name: a `UcwaError` with one `schema.unknown-resource` diagnostic saying why. */
export class NoExampleError extends UcwaError {
  constructor(message: string) {
    super([diagnostic('schema.unknown-resource', message)]);
    this.name = 'NoExampleError';
  }
}

/** FNV-1a over the text: the one source of variety, so each value depends on its seed and place only. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The types an example can be made of, by name: resources, JSON/XML request bodies, the error body, the event channel, OPTIONS and makeMeAvailable2 replies. */
export function exampleTypes(planner: Planner = defaultPlanner()): string[] {
  return Object.entries(planner.bundle.definitions)
    .filter(([, d]) => typeof d.ucwaKind === 'string' && KINDS.has(d.ucwaKind) && d.ucwaContentType === undefined && (d.$ref === undefined || d.ucwaKind === 'resource'))
    .map(([name]) => name)
    .sort();
}

/**
 * An example payload of a type, page or rel (`Note`, `note`,
 * `NotePostInput`, `events`, `ErrorBody`), valid in strict mode.
 * Throws `NoExampleError` (a `UcwaError`) for a name the model does not
 * know, or a body that is not UCWA JSON or XML (an SDP offer, plain text);
 * `UcwaError` with `input.argument` for arguments of the wrong type.
 */
export function example(name: string, options: ExampleOptions = {}, planner: Planner = defaultPlanner()): Example {
  try {
    checkText(name, 'The resource name');
    checkOptions(options);
    return exampleOf(name, options, planner);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function exampleOf(name: string, options: ExampleOptions, planner: Planner): Example {
  const type = planner.resolveType(name) ?? (name.toLowerCase() === 'error' ? 'ErrorBody' : undefined);
  const def = type === undefined ? undefined : planner.bundle.definitions[type];
  if (type === undefined || def === undefined) throw new NoExampleError(`"${name}" names no type, page or rel of the model.`);
  const kind = def.ucwaKind ?? planner.planFor(type)?.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) throw new NoExampleError(`${type} is ${kind === undefined ? 'a part of other definitions' : `a definition of kind ${kind}`}, not a body UCWA sends: no example.`);
  if (def.ucwaContentType !== undefined) throw new NoExampleError(`${type} is sent as ${String(def.ucwaContentType)}, not as UCWA JSON or XML: no example.`);
  const maker = new Maker(planner, options.seed ?? 1, options.all === true);
  const value = kind === 'events' ? maker.events(type) : maker.body(type, kind);
  return { type, kind, value };
}

/** The state of one example: the bundle, the seed, and how deep to go. */
class Maker {
  private readonly app: string;
  private dates = 0;

  constructor(
    private readonly planner: Planner,
    private readonly seed: number,
    private readonly all: boolean,
  ) {
    this.app = `${API_ROOT}/${100 + (hash(`${seed}:app`) % 900)}`;
  }

  private pick<T>(list: readonly T[], at: string): T {
    return list[hash(`${this.seed}:${at}`) % list.length]!;
  }

  private def(name: string): JsonSchema | undefined {
    return Object.hasOwn(this.planner.bundle.definitions, name) ? this.planner.bundle.definitions[name] : undefined;
  }

  /** Follows `$ref`s; the name is the last definition reached. */
  private follow(schema: JsonSchema | undefined): { schema?: JsonSchema; name?: string } {
    let s = schema;
    let name: string | undefined;
    for (let i = 0; i < 32 && typeof s?.$ref === 'string' && s.$ref.startsWith(REF); i++) {
      name = s.$ref.slice(REF.length);
      s = this.def(name);
    }
    return { schema: s, name };
  }

  private get arrayItems(): number {
    return this.all ? 2 : 1;
  }

  /** A resource, request, error, OPTIONS or response body. */
  body(type: string, kind: string): Record<string, unknown> {
    const { schema } = this.follow({ $ref: REF + type });
    const plan = this.planner.planFor(type);
    const self = kind === 'resource' ? `${this.app}/${plan?.rel ?? plan?.page ?? type}` : this.app;
    return this.object(schema ?? {}, '', self, 0);
  }

  /** An object of a schema: `rel`, properties, `_links` under `href`, `_embedded` down to the depth allowed. */
  private object(schema: JsonSchema, at: string, href: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    // One person per object, so that its name, SIP URI and address agree.
    const person = hash(`${this.seed}:person:${at}`) % PEOPLE.length;
    // HAL's order: rel, the properties, then _links and _embedded.
    const keys = Object.keys(schema.properties ?? {}).sort((a, b) => rank(a) - rank(b));
    for (const key of keys) {
      const prop = schema.properties![key]!;
      const path = `${at}/${key}`;
      if (key === '_links') {
        const links = this.links(this.follow(prop).schema ?? {}, path, href);
        if (Object.keys(links).length) out._links = links;
      } else if (key === '_embedded') {
        if (depth >= (this.all ? 2 : 1)) continue;
        const embedded = this.embedded(this.follow(prop).schema ?? {}, path, href, depth);
        if (Object.keys(embedded).length) out._embedded = embedded;
      } else {
        const value = this.value(prop, path, key, href, depth, person);
        if (value !== undefined || required.has(key)) out[key] = value;
      }
    }
    return out;
  }

  private links(schema: JsonSchema, at: string, href: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [rel, prop] of Object.entries(schema.properties ?? {})) {
      const link = this.follow(prop).schema;
      if (rel === 'self') out.self = { href };
      else if (link?.type === 'array') out[rel] = this.range().map((i) => this.link(`${at}/${rel}/${i}`, `${href}/${rel}/${this.id(`${at}/${rel}/${i}`)}`, rel));
      else out[rel] = this.link(`${at}/${rel}`, `${href}/${rel}`, rel);
    }
    return out;
  }

  private link(at: string, href: string, rel: string): Record<string, string> {
    // A link to a person carries the name a client shows.
    return PERSON_LINK.test(rel) ? { href, title: this.pick(PEOPLE, at) } : { href };
  }

  private embedded(schema: JsonSchema, at: string, href: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      const { schema: entry, name } = this.follow(prop);
      if (entry?.type === 'array') {
        const item = this.follow(entry.items);
        out[key] = this.range().map((i) => this.resource(item.name, item.schema, `${at}/${key}/${i}`, `${href}/${key}/${this.id(`${at}/${key}/${i}`)}`, depth + 1));
      } else {
        out[key] = this.resource(name, entry, `${at}/${key}`, `${href}/${key}`, depth + 1);
      }
    }
    return out;
  }

  private resource(name: string | undefined, schema: JsonSchema | undefined, at: string, href: string, depth: number): Record<string, unknown> {
    const target = name ? this.follow({ $ref: REF + name }).schema : schema;
    return this.object(target ?? {}, at, href, depth);
  }

  private range(): number[] {
    return Array.from({ length: this.arrayItems }, (_, i) => i);
  }

  /** A short id, as UCWA puts in hrefs. */
  private id(at: string): string {
    return hash(`${this.seed}:id:${at}`).toString(16).padStart(8, '0').slice(0, 6);
  }

  /** A property value, or undefined when the schema allows nothing this maker writes. */
  private value(prop: JsonSchema, at: string, key: string, href: string, depth: number, person: number): unknown {
    const { schema: s } = this.follow(prop);
    if (!s) return undefined;
    if (s.const !== undefined) return s.const;
    if (Array.isArray(s.enum) && s.enum.length) return this.pick(s.enum, at);
    if (Array.isArray(s.anyOf)) {
      // A null branch is what servers send there (makeMeAvailable2's queued operations, `xsi:nil`).
      const branch = s.anyOf.find((b) => b.type !== 'null');
      return !branch || s.anyOf.some((b) => b.type === 'null') ? null : this.value(branch, at, key, href, depth, person);
    }
    if (s.ucwaType === 'date') return `/Date(${this.date()})/`;
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type) {
      case 'string':
        return this.text(key, at, href, s.maxLength, person);
      case 'integer': {
        const min = typeof s.minimum === 'number' ? s.minimum : 1;
        const max = typeof s.maximum === 'number' ? s.maximum : min + 99;
        return min + (hash(`${this.seed}:${at}`) % (max - min + 1));
      }
      case 'number':
        return (hash(`${this.seed}:${at}`) % 1000) / 10;
      case 'boolean':
        return hash(`${this.seed}:${at}`) % 2 === 0;
      case 'array': {
        // A list of people names two of them.
        const items = [0, 1].map((i) => this.value(s.items ?? {}, `${at}/${i}`, singular(key), href, depth, person + i));
        return items.every((v) => v !== undefined) ? items : undefined;
      }
      case 'object':
        if (s.properties && Object.keys(s.properties).length) return this.object(s, at, href, depth + 1);
        return { [`${key}Entry`]: this.text('value', `${at}/entry`, href, undefined, person) };
      default:
        return undefined;
    }
  }

  /** Successive dates, a quarter of an hour apart, moved by the seed. */
  private date(): number {
    return BASE_DATE + (this.seed % 1000) * 86_400_000 + 900_000 * this.dates++;
  }

  /** A string that looks like what the property holds, by the shape of its name. */
  private text(key: string, at: string, href: string, maxLength: number | undefined, personIndex: number): string {
    const person = PEOPLE[personIndex % PEOPLE.length]!;
    const login = person.toLowerCase().replace(/ /g, '.');
    const rules: Array<[RegExp, () => string]> = [
      [/^(href|.*Link)$/, () => href],
      [/(^|[a-z])(Url|url)$/, () => `https://meet.contoso.com/${login}/${this.id(at)}`],
      [/^(uri|.*sipUri|.*[a-z]Uri|Uri|uris?)$/, () => `sip:${login}@contoso.com`],
      [/(phone|Phone|tollNumber|^number$|Number$)/, () => `tel:+1425555${String(hash(`${this.seed}:${at}`) % 10000).padStart(4, '0')}`],
      [/(smtp|email|Email|address$)/, () => `${login}@contoso.com`],
      [/([nN]ame|^to$|^from$|delegator|organizer)/, () => person],
      [/(subject|[tT]itle|topic)/, () => this.pick(SUBJECTS, at)],
      [/(message|[tT]ext|[dD]escription|[bB]ody|[fF]ooter|[dD]isclaimer)/, () => this.pick(NOTES, at)],
      [/(culture|language)/, () => 'en-US'],
      [/company/, () => 'Contoso'],
      [/department/, () => 'Engineering'],
      [/(location|office|building|city|[rR]egion|country|place)/i, () => this.pick(PLACES, at)],
      [/userAgent/, () => 'ucwa-example/1.0'],
      [/([iI]d|ID|etag|[tT]oken|[cC]ontext|[pP]assCode|password)$/, () => this.id(at) + this.id(`${at}/2`)],
      [/(ip|ipv4|host)$/, () => `10.0.${hash(`${this.seed}:${at}`) % 256}.${hash(`${this.seed}:${at}/2`) % 256}`],
    ];
    const rule = rules.find(([pattern]) => pattern.test(key));
    const text = rule ? rule[1]() : `${key} ${this.id(at).slice(0, 3)}`;
    return maxLength !== undefined ? text.slice(0, maxLength) : text;
  }

  /**
   * The event channel: one sender (a resource that has links and embedded
   * resources of its own), one event of each type about resources it links
   * to, an added and an updated one carrying that resource embedded, and a
   * completed operation with its status.
   */
  events(type: string): Record<string, unknown> {
    const { schema } = this.follow({ $ref: REF + type });
    const sender = this.eventSender();
    const senderHref = `${this.app}/${sender.rel}`;
    const events = this.eventTypes(schema).map((eventType, i) => {
      const target = sender.targets[(hash(`${this.seed}:event:${i}`) + i) % sender.targets.length]!;
      const href = `${senderHref}/${target.rel}/${this.id(`/sender/0/events/${i}`)}`;
      const event: Record<string, unknown> = { link: { rel: target.rel, href }, type: eventType };
      if (eventType === 'added' || eventType === 'updated') {
        event._embedded = { [target.rel]: this.resource(target.type, undefined, `/sender/0/events/${i}/_embedded/${target.rel}`, href, 1) };
      }
      if (eventType === 'completed') event.status = 'Success';
      return event;
    });
    const body: Record<string, unknown> = {
      _links: { self: { href: `${this.app}/events?ack=1` }, next: { href: `${this.app}/events?ack=2` } },
      sender: [{ rel: sender.rel, href: senderHref, events }],
    };
    // Only what the model declares for the envelope.
    for (const key of Object.keys(body)) if (!schema?.properties?.[key]) delete body[key];
    return body;
  }

  /** The members of the event type enumeration, in the model's order. */
  private eventTypes(schema: JsonSchema | undefined): string[] {
    const sender = this.follow(this.follow(schema?.properties?.sender).schema?.items).schema;
    const event = this.follow(this.follow(sender?.properties?.events).schema?.items).schema;
    const types = this.follow(event?.properties?.type).schema?.enum;
    return Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : [];
  }

  /**
   * A sender: among the resources whose links and embedded resources name
   * most other resources by their rel (an event's resource is found by its
   * rel), one of the first four, by the seed.
   */
  private eventSender(): { rel: string; targets: Array<{ rel: string; type: string }> } {
    const candidates: Array<{ rel: string; targets: Array<{ rel: string; type: string }> }> = [];
    for (const name of exampleTypes(this.planner)) {
      const plan = this.planner.planFor(name);
      if (plan?.kind !== 'resource' || !plan.rel || plan.name !== name) continue;
      const targets: Array<{ rel: string; type: string }> = [];
      for (const rel of new Set([...plan.links.keys(), ...plan.embedded.keys()])) {
        const type = rel === 'self' ? undefined : this.planner.typeForRel(rel);
        const target = type && this.planner.planFor(type);
        if (target && target.kind === 'resource' && target.name === type) targets.push({ rel, type });
      }
      if (targets.length) candidates.push({ rel: plan.rel, targets });
    }
    candidates.sort((a, b) => b.targets.length - a.targets.length || a.rel.localeCompare(b.rel));
    return this.pick(candidates.slice(0, 4), 'sender');
  }
}

function rank(key: string): number {
  return key === 'rel' ? 0 : key === '_links' ? 2 : key === '_embedded' ? 3 : 1;
}

/** `uris` -> `uri`, `modalities` -> `modality`: what one item of a list is called. */
function singular(key: string): string {
  return key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('s') ? key.slice(0, -1) : key;
}
