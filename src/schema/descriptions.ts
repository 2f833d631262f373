/**
 * The model's descriptions, kept apart from the bundle the codecs and
 * validators load. Decoding and validating never read a description, and
 * they are most of the bundle's text: src/generated/schema-bundle.ts holds
 * the definitions without them (a browser bundle that only decodes is half
 * the size), and src/generated/descriptions.ts holds them by JSON pointer
 * (`/Note`, `/Note/properties/message`). What shows them to people
 * (`ucwa resource`, `ucwa schema`, schemas/) joins them back here.
 */
import type { JsonSchema } from './types.js';
import { escapePointer as escape } from '../codec/pointer.js';

type Definitions = Record<string, JsonSchema>;

/** The definitions without their descriptions, and the descriptions by JSON pointer. */
export function splitDescriptions(definitions: Definitions): { lean: Definitions; texts: Record<string, string> } {
  const texts: Record<string, string> = {};
  const visit = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') texts[pointer] = value;
      else out[key] = key === 'enum' || key === 'const' ? value : visit(value, `${pointer}/${escape(key)}`);
    }
    return out;
  };
  return { lean: visit(definitions, '') as Definitions, texts };
}

/** The definitions with their descriptions back (each as the first keyword of its schema, where the model writes it). */
export function joinDescriptions(definitions: Definitions, texts: Readonly<Record<string, string>>): Definitions {
  const visit = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const text = Object.hasOwn(texts, pointer) ? texts[pointer] : undefined;
    const out: Record<string, unknown> = text === undefined ? {} : { description: text };
    for (const [key, value] of Object.entries(node)) {
      out[key] = key === 'enum' || key === 'const' ? value : visit(value, `${pointer}/${escape(key)}`);
    }
    return out;
  };
  return visit(definitions, '') as Definitions;
}
