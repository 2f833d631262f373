/**
 * JSON types the XML text cannot say. XML writes `True`, `5` and `{}` as
 * text (or an empty element); the model tells the decoder which properties
 * are booleans, numbers and property bags. Where it does not (a property of
 * a rel the model does not know, a property the model does not declare, or
 * one it declares as text), the encoder records the JSON type of a boolean,
 * a number or an empty object in an attribute of the element, in the
 * codec's namespace (empty.ts), and the decoder gives it back:
 *
 *   <property name="anonymous" xmlns:codec="https://ucwa-codec.dev/xml" codec:type="boolean">True</property>
 *
 * So JSON -> XML -> JSON keeps `true`, `5` and `{}`. XML from a server never
 * carries the attribute: an unknown property it sends stays text.
 */
import type { ValueKind } from '../schema/plan.js';
import { CODEC_NS } from './empty.js';
import type { XElement } from './scan.js';
import type { Attrs } from './writer.js';

export type RecordedType = 'boolean' | 'number' | 'object';

const BOOLEAN: Attrs = [['xmlns:codec', CODEC_NS], ['codec:type', 'boolean']];
const NUMBER: Attrs = [['xmlns:codec', CODEC_NS], ['codec:type', 'number']];
const OBJECT: Attrs = [['xmlns:codec', CODEC_NS], ['codec:type', 'object']];
const NONE: Attrs = [];

/** The attributes that record `value`'s type where the place's kind would not read it back (shared, never written to); for an object, call it only when it is empty. */
export function typeAttrs(value: unknown, kind: ValueKind | undefined): Attrs {
  if (typeof value === 'boolean') return kind === 'boolean' ? NONE : BOOLEAN;
  if (typeof value === 'number') return kind === 'integer' || kind === 'number' ? NONE : NUMBER;
  // A bag with members says it is one by its children; an empty one needs the attribute.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return kind === 'object' ? NONE : OBJECT;
  return NONE;
}

/**
 * The type the element records, if any: its `type` attribute under a prefix
 * bound to the codec namespace. Other values: `invalid`, for the caller to report.
 */
export function recordedType(el: XElement): RecordedType | 'invalid' | undefined {
  for (const a of el.attrs) {
    if (a.ns !== CODEC_NS || !a.name.endsWith(':type')) continue;
    return a.value === 'boolean' || a.value === 'number' || a.value === 'object' ? a.value : 'invalid';
  }
  return undefined;
}
