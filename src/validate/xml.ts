/** validateXml: decode with the XML codec, validate, then locate diagnostics at elements and attributes. */
import { decodeXmlWithSpans, locateXml } from '../xml/decode.js';
import type { TextPosition } from '../json/locate.js';
import { decodeWith, inDocumentOrder, neverThrows, place } from './place.js';
import { result, validateValue, type ValidateOptions, type ValidationResult } from './value.js';

/** UCWA XML text or bytes -> a verdict with located diagnostics, decode errors included. Never throws. */
export const validateXml = /* @__PURE__ */ neverThrows(validateText);

function validateText(input: string | Uint8Array, options: ValidateOptions): ValidationResult {
  // Decode without positions first: only documents with diagnostics pay for them.
  // Any ISO 8601 date is a date in XML, request bodies included: dates are read as /Date(ms)/ here.
  const decodeOptions = { ...options, canonicalDates: true };
  const decoded = decodeWith(input, options, (text, charset) => decodeXmlWithSpans(text, { ...decodeOptions, charset }));
  if (!decoded.ok) return result(decoded.diagnostics);
  // The decoder already typed a body without rel by its names (and knows an <input> is a request).
  const { doc, spans } = decoded.value as ReturnType<typeof decodeXmlWithSpans>;
  const checked = validateValue(doc.value, options, doc.inference);
  if (checked.diagnostics.length === 0) return result([], checked);
  let locations: ReadonlyMap<string, TextPosition> | undefined;
  try {
    // Only the paths of the diagnostics are located, reading only the parts of the text that hold them.
    locations = locateXml(decoded.text, { ...decodeOptions, charset: decoded.charset }, spans, checked.diagnostics.map((d) => d.path));
  } catch {
    locations = undefined; // decoded once already; positions are a bonus
  }
  return result(inDocumentOrder(checked.diagnostics.map((d) => place(d, (p) => locations?.get(p)))), checked);
}

