/**
 * UCWA dates: JSON `/Date(ms)/` (ASP.NET AJAX, optional `+hhmm` suffix) and
 * XML ISO 8601 (`2013-06-12T00:47:14.0000000-07:00`).
 *
 * XML -> JSON keeps the instant only: the offset is dropped and digits below
 * the millisecond are truncated (toward the earlier instant). JSON -> XML
 * always writes UTC with `Z` and seven fractional digits; a `+hhmm` suffix
 * does not change the instant and is not kept.
 *
 * Request bodies are the exception the wire makes: clients write ISO 8601 in
 * JSON too (`"2014-03-07T01:17:18.000Z"`). Such a date is written to XML as
 * it is (it is that instant), and an XML request-body date that is not in
 * UCWA's own form (`isUcwaXmlDate`) is read back as it is, so both forms
 * round-trip.
 */
const ISO =
  /^\s*(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})?\s*$/;
const UCWA = /^\/Date\((-?\d+)(?:([+-])(\d{2})(\d{2}))?\)\/$/;
/** UCWA's XML date form: seconds with exactly seven fractional digits, and `Z` or an offset. */
const UCWA_XML = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_MS = 8.64e15;

/** `/Date(ms)/` for an ISO 8601 date-time, or undefined when it is not one. */
export function isoToUcwa(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined; // 31 April and the like
  const millis = Number((frac + '000').slice(0, 3));
  let offset = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3)), om = Number(zone.slice(-2));
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  date.setUTCHours(hour, minute, second, millis);
  const ms = date.getTime() - offset;
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_MS) return undefined;
  return `/Date(${ms})/`;
}

/** Milliseconds of a `/Date(ms)/` or `/Date(ms+hhmm)/` string, or undefined. */
export function ucwaMillis(text: string): number | undefined {
  const m = UCWA.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]);
  return Number.isSafeInteger(ms) && Math.abs(ms) <= MAX_MS ? ms : undefined;
}

/** Whether an XML date is written as UCWA (and this codec) write them: `2013-06-12T00:47:14.0000000-07:00`. */
export function isUcwaXmlDate(text: string): boolean {
  return UCWA_XML.test(text) && isoToUcwa(text) !== undefined;
}

export function isUcwaDate(text: string): boolean {
  return ucwaMillis(text) !== undefined;
}

/** ISO 8601 text (UTC, `Z`, 7 fractional digits) for a UCWA date, or undefined for years outside 0000-9999. */
export function ucwaToIso(text: string): string | undefined {
  const ms = ucwaMillis(text);
  if (ms === undefined) return undefined;
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ within 0000-9999
  if (iso.length !== 24) return undefined;
  return `${iso.slice(0, 23)}0000Z`;
}
