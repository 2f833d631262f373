/**
 * Benchmark inputs, made at run time: taken from the UCWA reference pages
 * when ../shared/ucwa-reference is beside the checkout, else from our own
 * examples/, and grown into large documents by repetition.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJson, decodeXml, encodeJson, encodeXml, example, exampleTypes } from '../dist/index.js';
import { referenceDir, responseTwins } from '../test/support/reference.js';

export interface Payload {
  name: string;
  json: string;
  xml: string;
  value: unknown;
}

const EXAMPLES = new URL('../examples/', import.meta.url);

function isResource(value: unknown): value is Record<string, unknown> & { rel: string } {
  return typeof value === 'object' && value !== null && typeof (value as { rel?: unknown }).rel === 'string';
}

/** Resource payloads that both codecs accept, in both forms, re-encoded by us. */
function resources(): Payload[] {
  const out: Payload[] = [];
  const add = (name: string, value: unknown) => {
    try {
      const json = encodeJson(value);
      const xml = encodeXml(value);
      decodeXml(xml);
      out.push({ name, json, xml, value });
    } catch {
      // A reference example the model rejects is no benchmark input.
    }
  };
  if (referenceDir) {
    for (const twin of responseTwins()) {
      try {
        const value = decodeJson(twin.json.body);
        if (isResource(value)) add(`${twin.page} ${twin.operation.method}`, value);
      } catch {
        // skip
      }
    }
  } else {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort()) {
      const value = decodeJson(readFileSync(new URL(file, EXAMPLES), 'utf8'));
      if (isResource(value)) add(file, value);
    }
  }
  if (!out.length) throw new Error('no benchmark payloads: neither the reference nor examples/ gave a resource');
  return out;
}

let cache: Payload[] | undefined;
function all(): Payload[] {
  return (cache ??= resources().sort((a, b) => a.xml.length - b.xml.length));
}

/** Small single resources (under 1 KB of XML), several of them. */
export function smallResources(count = 8): Payload[] {
  const small = all().filter((p) => p.xml.length < 1024);
  const step = Math.max(1, Math.floor(small.length / count));
  return small.filter((_, i) => i % step === 0).slice(0, count);
}

/** The largest examples. */
export function largestResources(count = 3): Payload[] {
  return all().slice(-count);
}

/**
 * An event-channel response of about `bytes` bytes of JSON: senders, each
 * with events that embed a full resource, as a busy client would receive.
 */
export function eventChannel(bytes: number): Payload {
  const pool = all().filter((p) => p.xml.length < 4096);
  const sender: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const events = [0, 1, 2].map((j) => {
      const resource = pool[(i * 3 + j) % pool.length]!.value as { rel: string };
      const href = `/ucwa/oauth/v1/applications/102/${resource.rel}/${i}-${j}`;
      return {
        link: { rel: resource.rel, href },
        type: j === 0 ? 'added' : 'updated',
        _embedded: { [resource.rel]: resource },
      };
    });
    const s = { rel: 'conversation', href: `/ucwa/oauth/v1/applications/102/communication/conversations/${i}`, events };
    sender.push(s);
    size += JSON.stringify(s).length;
  }
  const value = {
    _links: {
      self: { href: '/ucwa/oauth/v1/applications/102/events?ack=1' },
      next: { href: '/ucwa/oauth/v1/applications/102/events?ack=2' },
    },
    sender,
  };
  return { name: `event channel ${Math.round(bytes / 1024)} KB`, json: encodeJson(value), xml: encodeXml(value), value };
}

/** Writes `count` fixture twins (name.json + name.xml) into `dir`. */
export function writeFixtures(dir: string, count: number): { json: string[]; xml: string[] } {
  mkdirSync(dir, { recursive: true });
  const pool = smallResources(16);
  const json: string[] = [];
  const xml: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = pool[i % pool.length]!;
    const base = join(dir, `fixture-${String(i).padStart(4, '0')}`);
    writeFileSync(`${base}.json`, p.json);
    writeFileSync(`${base}.xml`, p.xml);
    json.push(`${base}.json`);
    xml.push(`${base}.xml`);
  }
  return { json, xml };
}

/**
 * An event channel of about `bytes` bytes of JSON built from the model's
 * own example of every resource kind (`example()`, one seed per kind), so
 * every resource the reference documents appears, not only those its pages
 * show an example of.
 */
export function referenceMix(bytes: number): Payload {
  const pool = exampleTypes()
    .map((type, i) => example(type, { seed: i + 1 }))
    .filter((e) => e.kind === 'resource' && isResource(e.value))
    .map((e) => e.value as Record<string, unknown> & { rel: string });
  const sender: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const events = [0, 1, 2].map((j) => {
      const resource = pool[(i * 3 + j) % pool.length]!;
      return {
        link: { rel: resource.rel, href: `/ucwa/oauth/v1/applications/102/${resource.rel}/${i}-${j}` },
        type: j === 0 ? 'added' : 'updated',
        _embedded: { [resource.rel]: resource },
      };
    });
    const s = { rel: 'conversation', href: `/ucwa/oauth/v1/applications/102/communication/conversations/${i}`, events };
    sender.push(s);
    size += JSON.stringify(s).length;
  }
  const value = { _links: { self: { href: '/ucwa/oauth/v1/applications/102/events?ack=1' } }, sender };
  return { name: `reference-mix event channel ${Math.round(bytes / 1024)} KB`, json: encodeJson(value), xml: encodeXml(value), value };
}

/**
 * The same channel with `count` unknown properties, one in each of `count`
 * embedded resources spread over the document: a handful of warnings.
 */
export function withUnknownProperties(channel: Payload, count: number): Payload {
  const value = structuredClone(channel.value) as { sender: { events: { _embedded: Record<string, Record<string, unknown>> }[] }[] };
  const senders = value.sender;
  for (let k = 0; k < count; k++) {
    const sender = senders[Math.floor(((k + 0.5) * senders.length) / count)]!;
    const embedded = sender.events[0]!._embedded;
    const key = Object.keys(embedded)[0]!;
    // A copy: the channel shares each pooled resource between its events.
    embedded[key] = { ...embedded[key], [`unknownProperty${k}`]: `value ${k}` };
  }
  return { name: `${channel.name}, ${count} unknown properties`, json: encodeJson(value), xml: encodeXml(value), value };
}

const NS = 'xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"';
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Inputs of `n` items of one kind, for the per-item cost at 2,000 and
 * 16,000 items (text only: each is decoded, or validated, as a whole).
 */
export const manyItems: Record<string, { form: 'xml' | 'json'; text: (n: number) => string }> = {
  'JSON object keys (decodeJson)': {
    form: 'json',
    text: (n) => JSON.stringify({ rel: 'note', ...Object.fromEntries(range(n).map((i) => [`key${i}`, `value ${i}`])) }),
  },
  'XML attributes on one element (decodeXml)': {
    form: 'xml',
    text: (n) => `<resource ${NS} xmlns:x="urn:example" rel="note" href="/n" ${range(n).map((i) => `x:a${i}="${i}"`).join(' ')}/>`,
  },
  'array items (decodeJson + validate)': {
    form: 'json',
    text: (n) => JSON.stringify({ rel: 'contactSupportedModalities', modalities: range(n).map((i) => (i % 2 ? 'Audio' : 'Messaging')) }),
  },
  'array items (decodeXml)': {
    form: 'xml',
    text: (n) => `<resource ${NS} rel="contactSupportedModalities" href="/m"><propertyList name="modalities">${range(n).map((i) => `<item>${i % 2 ? 'Audio' : 'Messaging'}</item>`).join('')}</propertyList></resource>`,
  },
  'sibling elements (decodeXml)': {
    form: 'xml',
    text: (n) => `<resource ${NS} rel="attendees" href="/a">${range(n).map((i) => `<link rel="participant" href="/p/${i}"/>`).join('')}</resource>`,
  },
  'diagnostics, wrong values (validateJson)': {
    form: 'json',
    text: (n) => JSON.stringify({ rel: 'contactSupportedModalities', modalities: range(n).map((i) => `Wrong${i}`) }),
  },
  'diagnostics, wrong values (validateXml)': {
    form: 'xml',
    text: (n) => `<resource ${NS} rel="contactSupportedModalities" href="/m"><propertyList name="modalities">${range(n).map((i) => `<item>Wrong${i}</item>`).join('')}</propertyList></resource>`,
  },
};
