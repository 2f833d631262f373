/**
 * Benchmark inputs, made at run time: taken from the UCWA reference pages
 * when ../shared/ucwa-reference is beside the checkout, else from our own
 * examples/, and grown into large documents by repetition.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJson, decodeXml, encodeJson, encodeXml } from '../src/index.js';
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
