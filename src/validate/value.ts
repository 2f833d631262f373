/**
 * validate(value): checks a decoded value (the HAL JSON form) against the
 * model. One compiled ajv function per type; when it accepts the value the
 * result is returned at once, with no further work.
 */
import type { ValidateFunction } from 'ajv';
import { checkOptions, diagnosticsOf } from '../boundary.js';
import type { Diagnostic } from '../diagnostic.js';
import { checkValueShape } from '../codec/limits.js';
import { maxDepthOf, type DecodeOptions } from '../codec/options.js';
import { UcwaError, append, diagnostic } from '../diagnostic.js';
import { FORBIDDEN_NAMES, unavailable, validatorFor } from './validators.js';
import type { Inference } from '../schema/infer.js';
import { escapePointer } from '../codec/pointer.js';
import { mapErrors, type MappingContext } from './messages.js';
import { modelRels } from './names.js';
import { didYouMean } from './near.js';
import { isRequestBody, judgeUnknown, resolveExtra, type ResolvedExtra, type ValidationExtra } from './policy.js';
import { requestDiagnostics } from './request-case.js';
import { ambiguityDiagnostic, isObject, targetFor, typeForRel, type Ambiguity, type Target } from './target.js';

export type { ValidationExtra };

export interface ValidateOptions extends DecodeOptions {
  /**
   * Report unknown properties, links, embedded resources and enum members as
   * errors. By default they are warnings: UCWA servers add new ones. A near
   * miss of a known name (`Persnal` for `Personal`) is an error either way.
   */
  strict?: boolean;
  /**
   * Enumeration members and names to accept besides the model's, by
   * enumeration or resource: `{ Availability: ['Sabbatical'], note: ['mood'] }`.
   * Near misses of them are reported as typos too.
   */
  extra?: ValidationExtra;
  /**
   * validateXml/validateJson: the charset of bytes given (a byte order mark
   * wins; UTF-8 by default), or the one text was decoded from (a
   * Content-Type's charset). An XML declaration must agree with it.
   */
  charset?: string;
}

export interface ValidationResult {
  /** False when any diagnostic is an error; warnings keep a document valid. */
  readonly valid: boolean;
  /** Results are values: read them, copy them; valid results are shared. */
  readonly diagnostics: readonly Diagnostic[];
  /** The type the document was checked as (a definition name such as `Note` or `ApplicationsPostInput`), when one was found. */
  readonly resource?: string;
  /** True when `resource` was inferred from the document's names: it has no rel, and no option named its type. */
  readonly inferred?: boolean;
}

/** What validation found out about the document's type. */
export interface TypeDecision {
  resource?: string;
  inferred?: boolean;
}

/** A diagnostic that should be located at the property name, not its value. */
export type LocatableDiagnostic = Diagnostic & { atName?: boolean };

/** Diagnostics of one document and the type it was checked as. */
export interface ValueCheck extends TypeDecision {
  diagnostics: LocatableDiagnostic[];
}

const NONE = Object.freeze([]) as readonly Diagnostic[];

/** Compiled validator per own rel with the frozen result of a valid value (null: none), filled on first use: the hot path of validate. */
const byRel = new Map<string, { fn: ValidateFunction; valid: ValidationResult } | null>();

function relEntry(rel: string): { fn: ValidateFunction; valid: ValidationResult } | null {
  const typeName = typeForRel(rel);
  const fn = typeName ? validatorFor(typeName) : undefined;
  const entry = fn && typeName ? { fn, valid: Object.freeze({ valid: true, diagnostics: NONE, resource: typeName, inferred: false }) } : null;
  // A type without a validator yet (none loaded) is asked again next time.
  if (fn || !typeName) byRel.set(rel, entry);
  return entry;
}

/**
 * A decoded value (the HAL JSON form) -> a verdict. Never throws: a value
 * built in code that nests deeper than the engine's stack, or whose getters
 * or Proxy traps throw, gets a diagnostic (boundary.ts).
 */
export function validate(value: unknown, options?: ValidateOptions): ValidationResult {
  try {
    if (options !== undefined) checkOptions(options);
    // Hot path: a resource that names its rel and that ajv accepts costs one
    // map lookup and the compiled function.
    if (options?.resource === undefined && typeof value === 'object' && value !== null) {
      const rel = (value as { rel?: unknown }).rel;
      if (typeof rel === 'string') {
        const entry = byRel.get(rel) ?? relEntry(rel);
        if (entry !== null && entry.fn(value)) return entry.valid;
      }
    }
    const check = validateValue(value, options ?? {});
    // A value built in code with problems: a nesting too deep (a cycle) or a sparse array is said as such.
    if (check.diagnostics.length) checkValueShape(value, maxDepthOf(options));
    return result(check.diagnostics.map(stripHint), check);
  } catch (error) {
    return result(diagnosticsOf(error instanceof UcwaError ? error : (shapeFailure(value, options) ?? error)));
  }
}

/** When ajv failed on a value (its stack overflowed on a cycle, say): the shape's own diagnostic, if it has a flaw. */
function shapeFailure(value: unknown, options: ValidateOptions | undefined): unknown {
  try {
    checkValueShape(value, maxDepthOf(options));
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Candidates of an ambiguous document tried one by one to tell whether it is valid as each (more: not tried). */
const MAX_TRIED = 8;

/**
 * Like validate(), but keeps the `atName` hint the text validators use to
 * place diagnostics. `inference`: the XML decoder's decision about a body
 * without rel (an `<input>` is a request body), reused rather than redone.
 */
export function validateValue(value: unknown, options: ValidateOptions, inference?: Inference): ValueCheck {
  const target = targetFor(value, options.resource, inference);
  if ('candidates' in target) return { diagnostics: [ambiguous(value, options, target)] };
  if (!('typeName' in target)) return { diagnostics: [target] };
  const decision: TypeDecision = { resource: target.typeName, inferred: target.inferred === true };
  return { ...decision, diagnostics: checkAs(value, options, target) };
}

/** An error, or a warning when the document is valid as every type it fits (which it is does not change the verdict). */
function ambiguous(value: unknown, options: ValidateOptions, found: Ambiguity): Diagnostic {
  const { candidates } = found;
  if (candidates.length > MAX_TRIED) return ambiguityDiagnostic(found, 'error');
  // Ask for every validator first: those not loaded yet are then all loaded at once (see validators.ts).
  const ready = candidates.map((typeName) => validatorFor(typeName) !== undefined).every(Boolean);
  const validAsEach =
    ready && candidates.every((typeName) => !checkAs(value, options, { typeName, label: typeName, events: false }).some((d) => d.severity === 'error'));
  return ambiguityDiagnostic(found, validAsEach ? 'warning' : 'error');
}

function checkAs(value: unknown, options: ValidateOptions, target: Target): LocatableDiagnostic[] {
  const fn = validatorFor(target.typeName);
  if (!fn) return [unavailable(target.typeName)];
  if (fn(value) && !target.events) return [];
  const strict = options.strict === true;
  const extra = resolveExtra(options.extra);
  const out: LocatableDiagnostic[] = [];
  const ctx: MappingContext = { root: value, label: target.label, prefix: '', strict };
  if (extra) ctx.extra = extra;
  if (target.events) {
    // Embedded resources of events are keyed by rel; they are checked below, each by its own type.
    ctx.skip = (p) => /^\/sender\/\d+\/events\/\d+\/_embedded\//.test(p);
    if (fn.errors) append(out, mapErrors(fn.errors, ctx));
    append(out, eventResources(value, strict, extra));
  } else if (fn.errors && isRequestBody(target.typeName)) {
    append(out, requestDiagnostics(fn, fn.errors, { ...ctx, request: true }));
  } else if (fn.errors) {
    append(out, mapErrors(fn.errors, ctx));
  }
  return out;
}

/**
 * Each resource embedded in an event, validated against the type of its rel.
 * A busy channel embeds hundreds: accepted ones cost a cached lookup and the
 * compiled function; pointers and messages are built only for failures.
 */
function eventResources(channel: unknown, strict: boolean, extra: ResolvedExtra | undefined): LocatableDiagnostic[] {
  const out: LocatableDiagnostic[] = [];
  const senders = isObject(channel) && Array.isArray(channel.sender) ? channel.sender : [];
  for (let i = 0; i < senders.length; i++) {
    const sender: unknown = senders[i];
    const events = isObject(sender) && Array.isArray(sender.events) ? sender.events : [];
    for (let j = 0; j < events.length; j++) {
      const event: unknown = events[j];
      const embedded = isObject(event) ? event._embedded : undefined;
      if (!isObject(embedded)) continue;
      for (const key of Object.keys(embedded)) {
        if (FORBIDDEN_NAMES.includes(key)) continue; // reported by ajv on the envelope
        const resource = embedded[key];
        const rel = isObject(resource) && typeof resource.rel === 'string' ? resource.rel : key;
        const fn = (byRel.get(rel) ?? relEntry(rel))?.fn;
        if (fn?.(resource)) continue;
        const prefix = `/sender/${i}/events/${j}/_embedded/${escapePointer(key)}`;
        append(out, embeddedFailure(fn ?? undefined, resource, rel, prefix, strict, extra));
      }
    }
  }
  return out;
}

function embeddedFailure(
  fn: ValidateFunction | undefined,
  resource: unknown,
  rel: string,
  prefix: string,
  strict: boolean,
  extra: ResolvedExtra | undefined,
): LocatableDiagnostic[] {
  const typeName = fn ? undefined : typeForRel(rel);
  if (typeName !== undefined) return [{ ...unavailable(typeName), path: prefix }];
  if (!fn) {
    // The typo policy decides, the rels of the model being the names known at this place.
    const verdict = judgeUnknown(rel, modelRels(), undefined, strict)!;
    return [
      diagnostic(
        'schema.unknown-embedded',
        `the event channel embeds a resource with the unknown rel \`${rel}\`${didYouMean(verdict.nearMisses)}`,
        { path: prefix },
        verdict.severity,
      ),
    ];
  }
  if (!fn.errors) return [];
  return mapErrors(fn.errors, { root: resource, label: rel, prefix, strict, ...(extra ? { extra } : {}) });
}

/** The result of a document: valid unless an error was found, with the type decision when there is one. */
export function result(diagnostics: Diagnostic[], decision: TypeDecision = {}): ValidationResult {
  const out: { valid: boolean; diagnostics: Diagnostic[]; resource?: string; inferred?: boolean } = {
    valid: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
  };
  if (decision.resource !== undefined) {
    out.resource = decision.resource;
    out.inferred = decision.inferred === true;
  }
  return out;
}

export function stripHint(d: LocatableDiagnostic): Diagnostic {
  if (!('atName' in d)) return d;
  const { atName: _ignored, ...rest } = d;
  return rest;
}
