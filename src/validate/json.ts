/** validateJson: decode with the JSON codec, validate, then locate diagnostics in the text. */
import type { Diagnostic } from '../diagnostic.js';
import { decodeJson } from '../json/decode.js';
import { scanJson } from '../json/locate.js';
import { pointerAncestors } from '../codec/pointer.js';
import { decodeWith, inDocumentOrder, neverThrows, place } from './place.js';
import { result, validateValue, type LocatableDiagnostic, type ValidateOptions, type ValidationResult } from './value.js';

/** UCWA JSON text or bytes -> a verdict with located diagnostics, decode errors included. Never throws. */
export const validateJson = /* @__PURE__ */ neverThrows(validateText);

function validateText(input: string | Uint8Array, options: ValidateOptions): ValidationResult {
  const decoded = decodeWith(input, options, (text) => decodeJson(text, options));
  if (!decoded.ok) {
    return result(locateDecodeFailure(decoded.diagnostics, decoded.text));
  }
  const checked = validateValue(decoded.value, options);
  if (checked.diagnostics.length === 0) return result([], checked);
  return result(inDocumentOrder(placeJson(decoded.text, checked.diagnostics)), checked);
}

/**
 * JSON.parse messages name no position for many errors (Node 20: "Unexpected
 * token"), so syntax errors are placed and worded by the tokenizer.
 */
function locateDecodeFailure(diagnostics: Diagnostic[], text: string | undefined): Diagnostic[] {
  if (text === undefined) return diagnostics;
  return diagnostics.map((d) => {
    if (d.code !== 'json.syntax') return d;
    const error = scanJson(text, []).error;
    if (!error) return d;
    const { line, column } = error.position;
    return { ...d, message: `The JSON is not valid: ${error.message}.`, line, column };
  });
}

function placeJson(text: string, found: LocatableDiagnostic[]): Diagnostic[] {
  const wanted = new Set(found.flatMap((d) => pointerAncestors(d.path)));
  const { positions } = scanJson(text, wanted, true);
  return found.map((d) =>
    place(d, (p, first) => {
      const at = positions.get(p);
      // Names (unknown properties, links) point at the key; everything else at the value.
      return at && (first && d.atName ? (at.key ?? at.value) : at.value);
    }),
  );
}

