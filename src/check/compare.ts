/**
 * Comparison of twins (see twins.ts): both decoded, the differences as
 * `twin.mismatch` diagnostics placed on the JSON twin's text.
 */
import { UcwaError, type Diagnostic } from '../diagnostic.js';
import { decodeJson } from '../json/decode.js';
import { decodeXml } from '../xml/decode.js';
import { locateJsonPointers } from '../json/locate.js';
import { twinDiagnostics } from './diff.js';
import { pointerAncestors } from '../codec/pointer.js';

export interface TwinSide {
  /** Name shown in messages (the file path). */
  label: string;
  text: string;
  resource?: string;
}

/**
 * Differences between the XML and JSON twin as `twin.mismatch` diagnostics,
 * placed on the JSON text. Undefined when either side cannot be decoded:
 * validating that file reports why, and there is nothing to compare.
 */
export function compareTwins(xml: TwinSide, json: TwinSide): Diagnostic[] | undefined {
  const left = decodeOrUndefined(() => decodeXml(xml.text, optionsOf(xml)));
  const right = decodeOrUndefined(() => decodeJson(json.text, optionsOf(json)));
  if (left === undefined || right === undefined) return undefined;
  const found = twinDiagnostics(left.value, right.value, { left: xml.label, right: json.label });
  return found.length ? placeOnJson(json.text, found) : found;
}

function optionsOf(side: TwinSide): { resource?: string } {
  return side.resource === undefined ? {} : { resource: side.resource };
}

function decodeOrUndefined(decode: () => unknown): { value: unknown } | undefined {
  try {
    return { value: decode() };
  } catch (error) {
    if (error instanceof UcwaError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Line and column of each difference in the JSON twin: the pointer, else its nearest ancestor there. */
function placeOnJson(text: string, found: Diagnostic[]): Diagnostic[] {
  const wanted = new Set(found.flatMap((d) => pointerAncestors(d.path)));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const positions = locateJsonPointers(body, wanted);
  return found.map((d) => {
    const at = pointerAncestors(d.path).map((p) => positions.get(p)).find((p) => p !== undefined);
    const pos = at?.key ?? at?.value;
    return pos ? { ...d, line: pos.line, column: pos.column } : d;
  });
}

