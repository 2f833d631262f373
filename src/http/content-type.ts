/**
 * Content-Type classification: which decoder a UCWA body needs.
 *
 * UCWA servers label bodies with plain `application/json|xml`, the HAL types,
 * or the vendor types `application/vnd.microsoft.com.ucwa+json|+xml` and their
 * `.error`, `.request` and `.events` variants. Batches travel as
 * `multipart/batching`. Anything else (SDP, plain text, images) is `other`.
 */

export type BodyForm = 'json' | 'xml' | 'batch' | 'other';

export interface ContentTypeInfo {
  /** `type/subtype`, lower case, without parameters ('' when the header was empty). */
  mediaType: string;
  form: BodyForm;
  /** The `charset` parameter, lower case, when present. */
  charset?: string;
  /** True for the vendor and HAL types, which only UCWA servers send. */
  ucwa: boolean;
  /** Every parameter, names in lower case, quotes removed. */
  params: Record<string, string>;
}

import { checkText } from '../boundary.js';

const UCWA_VENDOR = /^application\/vnd\.microsoft\.com\.ucwa(?:\.(?:error|request|events))?\+(json|xml)$/;
const HAL = /^application\/hal\+(json|xml)$/;

/**
 * What a Content-Type header says about a body: its media type, form,
 * charset and parameters. `undefined`, `null` or '' is a body without a
 * Content-Type (form `other`); any other non-string is an `input.argument`
 * UcwaError.
 */
export function classifyContentType(header: string | undefined | null): ContentTypeInfo {
  if (header !== undefined && header !== null) checkText(header, 'The Content-Type');
  const { mediaType, params } = parseContentType(header ?? '');
  const info: ContentTypeInfo = { mediaType, form: formOf(mediaType), ucwa: false, params };
  if (params.charset) info.charset = params.charset.toLowerCase();
  info.ucwa = UCWA_VENDOR.test(mediaType) || HAL.test(mediaType);
  return info;
}

function formOf(mediaType: string): BodyForm {
  const vendor = UCWA_VENDOR.exec(mediaType) ?? HAL.exec(mediaType);
  if (vendor) return vendor[1] as 'json' | 'xml';
  switch (mediaType) {
    case 'application/json':
    case 'text/json':
      return 'json';
    case 'application/xml':
    case 'text/xml':
      return 'xml';
    case 'multipart/batching':
      return 'batch';
    default:
      // Other structured-suffix types (`application/problem+json`) still decode.
      if (mediaType.endsWith('+json')) return 'json';
      if (mediaType.endsWith('+xml')) return 'xml';
      return 'other';
  }
}

/** Splits `type/subtype; name=value; name="quoted value"`; never throws. */
export function parseContentType(header: string): { mediaType: string; params: Record<string, string> } {
  const semicolon = header.indexOf(';');
  const mediaType = (semicolon < 0 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  // No prototype: a parameter named `__proto__` must stay a plain entry.
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  if (semicolon < 0) return { mediaType, params };
  // name = token, value = token or quoted-string (backslash escapes inside quotes).
  const param = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  const rest = header.slice(semicolon);
  for (let m = param.exec(rest); m; m = param.exec(rest)) {
    const name = m[1]!.toLowerCase();
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!.trim();
    if (!(name in params)) params[name] = value;
  }
  return { mediaType, params };
}
