/**
 * JSON types the XML text cannot say. XML writes `True` and `5` as text; the
 * model tells the decoder which properties are booleans and numbers. Where
 * it does not (a property of a rel the model does not know, a property the
 * model does not declare, or one it declares as text), the encoder records
 * the JSON type of a boolean or number in an attribute of the element, in
 * the codec's namespace (empty.ts), and the decoder gives it back:
 *
 *   <property name="anonymous" xmlns:codec="https://ucwa-codec.dev/xml" codec:type="boolean">True</property>
 *
 * So JSON -> XML -> JSON keeps `true` and `5`. XML from a server never
 * carries the attribute: an unknown property it sends stays text.
 */
import type { ValueKind } from '../schema/plan.js';
import { CODEC_NS } from './empty.js';
import type { XElement } from './scan.js';
import type { Attrs } from './writer.js';

export type RecordedType = 'boolean' | 'number';

const BOOLEAN: Attrs = [['xmlns:codec', CODEC_NS], ['codec:type', 'boolean']];
const NUMBER: Attrs = [['xmlns:codec', CODEC_NS], ['codec:type', 'number']];
const NONE: Attrs = [];

/** The attributes that record `value`'s type where the place's kind would not read it back (shared, never written to). */
export function typeAttrs(value: unknown, kind: ValueKind | undefined): Attrs {
  if (typeof value === 'boolean') return kind === 'boolean' ? NONE : BOOLEAN;
  if (typeof value === 'number') return kind === 'integer' || kind === 'number' ? NONE : NUMBER;
  return NONE;
}

/**
 * The type the element records, if any: its `type` attribute under a prefix
 * bound to the codec namespace. Other values: `invalid`, for the caller to report.
 */
export function recordedType(el: XElement): RecordedType | 'invalid' | undefined {
  for (const a of el.attrs) {
    if (a.ns !== CODEC_NS || !a.name.endsWith(':type')) continue;
    return a.value === 'boolean' || a.value === 'number' ? a.value : 'invalid';
  }
  return undefined;
}
