/**
 * Building blocks shared by every type of the UCWA 2.0 model.
 *
 * The model is the single source of truth: `scripts/generate-schemas.ts`
 * turns it into `schemas/ucwa.schema.json`, and the codecs and validators
 * read that schema at run time. JSDoc tags starting with `ucwa` become
 * annotation keywords in the schema (see docs/ARCHITECTURE.md).
 */

/**
 * A hypermedia link: `<link rel href title revision>` in XML, an entry of
 * `_links` in JSON. Links whose `href` is a `data:` URI carry content
 * (message text, media offers) instead of pointing somewhere.
 */
export interface Link {
  /** Target of the link: a relative or absolute URL, or a `data:` URI. */
  href: string;
  /** Human-readable name of the target (participant names, for example). */
  title?: string;
  /** Revision of the target resource, when the server tracks one. */
  revision?: string;
}

/**
 * A UCWA date. JSON writes `/Date(milliseconds since 1970 UTC)/` (an
 * optional `+hhmm`/`-hhmm` suffix is accepted); XML writes ISO 8601 with
 * seven fractional digits and an offset.
 * @ucwaType date
 * @pattern ^/Date\(-?\d+([+-]\d{4})?\)/$
 */
export type UcwaDate = string;

/**
 * A whole number. JSON writes it as a number, XML as decimal text.
 * @TJS-type integer
 */
export type Integer = number;

/**
 * A free-form set of named string values, for the few properties whose
 * value is an object rather than a scalar or a list.
 */
export interface PropertyBag {
  [name: string]: string | string[];
}
