/** validateXml: decode with the XML codec, validate, then locate diagnostics at elements and attributes. */
import { decodeXmlDocument } from '../xml/decode.js';
import type { TextPosition } from '../json/locate.js';
import { decodeWith, inDocumentOrder, place } from './place.js';
import { result, validateValue, type ValidateOptions, type ValidationResult } from './value.js';

export function validateXml(input: string | Uint8Array, options: ValidateOptions = {}): ValidationResult {
  // Decode without positions first: only documents with diagnostics pay for them.
  const decoded = decodeWith(input, options, 'xml.malformed', (text, charset) => decodeXmlDocument(text, { ...options, charset }).value);
  if (!decoded.ok) return result(decoded.diagnostics);
  const found = validateValue(decoded.value, options);
  if (found.length === 0) return { valid: true, diagnostics: found };
  let locations: ReadonlyMap<string, TextPosition> | undefined;
  try {
    locations = decodeXmlDocument(decoded.text, { ...options, charset: decoded.charset, locations: true }).locations;
  } catch {
    locations = undefined; // decoded once already; positions are a bonus
  }
  return result(inDocumentOrder(found.map((d) => place(d, (p) => locations?.get(p)))));
}

