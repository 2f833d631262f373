/**
 * validate(value): checks a decoded value (the HAL JSON form) against the
 * model. One compiled ajv function per type; when it accepts the value the
 * result is returned at once, with no further work.
 */
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import type { DecodeOptions } from '../codec/options.js';
import { diagnostic } from '../diagnostic.js';
import { FORBIDDEN_NAMES, validatorFor } from './validators.js';
import { escapePointer, mapErrors, type MappingContext } from './messages.js';
import { isRequestBody, resolveExtra, type ResolvedExtra, type ValidationExtra } from './policy.js';
import { requestDiagnostics } from './request-case.js';
import { isObject, targetFor, typeForRel } from './target.js';

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
  /** Results are values: read them, copy them; the valid result is shared. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The result of every value found valid with nothing to say: one frozen object, no allocation per call. */
const VALID: ValidationResult = Object.freeze({ valid: true, diagnostics: Object.freeze([]) as readonly Diagnostic[] });

/** A diagnostic that should be located at the property name, not its value. */
export type LocatableDiagnostic = Diagnostic & { atName?: boolean };

/** Compiled validator per own rel (null: none), filled on first use: the hot path of validate. */
const byRel = new Map<string, ValidateFunction | null>();

function relValidator(rel: string): ValidateFunction | null {
  const typeName = typeForRel(rel);
  const fn = typeName ? validatorFor(typeName) : undefined;
  // A type without a validator yet (none loaded) is asked again next time.
  if (fn || !typeName) byRel.set(rel, fn ?? null);
  return fn ?? null;
}

export function validate(value: unknown, options?: ValidateOptions): ValidationResult {
  // Hot path, kept small enough to inline: a resource that names its rel and
  // that ajv accepts costs one map lookup and the compiled function.
  if (options?.resource === undefined && typeof value === 'object' && value !== null) {
    const rel = (value as { rel?: unknown }).rel;
    if (typeof rel === 'string') {
      const fn = byRel.get(rel) ?? relValidator(rel);
      if (fn !== null && accepts(fn, value)) return VALID;
    }
  }
  return validateSlow(value, options ?? {});
}

/** A value built in code (never depth-checked) can nest deeper than ajv's recursion can follow. */
function accepts(fn: ValidateFunction, value: unknown): boolean {
  try {
    return fn(value);
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

function validateSlow(value: unknown, options: ValidateOptions): ValidationResult {
  let diagnostics: LocatableDiagnostic[];
  try {
    diagnostics = validateValue(value, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return result([diagnostic('input.too-deep', 'The value nests too deeply to be validated.')]);
  }
  if (diagnostics.length === 0) return VALID;
  return result(diagnostics.map(stripHint));
}

/** Like validate(), but keeps the `atName` hint the text validators use to place diagnostics. */
export function validateValue(value: unknown, options: ValidateOptions): LocatableDiagnostic[] {
  const target = targetFor(value, options.resource);
  if (!('typeName' in target)) return [target];
  const fn = validatorFor(target.typeName);
  if (!fn) return [diagnostic('schema.unknown-resource', `the model has no definition \`${target.typeName}\``)];
  if (fn(value) && !target.events) return [];
  const strict = options.strict === true;
  const extra = resolveExtra(options.extra);
  const out: LocatableDiagnostic[] = [];
  const ctx: MappingContext = { root: value, label: target.label, prefix: '', strict };
  if (extra) ctx.extra = extra;
  if (target.events) {
    // Embedded resources of events are keyed by rel; they are checked below, each by its own type.
    ctx.skip = (p) => /^\/sender\/\d+\/events\/\d+\/_embedded\//.test(p);
    if (fn.errors) out.push(...mapErrors(fn.errors, ctx));
    out.push(...eventResources(value, strict, extra));
  } else if (fn.errors && isRequestBody(target.typeName)) {
    out.push(...requestDiagnostics(fn, fn.errors, { ...ctx, request: true }));
  } else if (fn.errors) {
    out.push(...mapErrors(fn.errors, ctx));
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
        const fn = byRel.get(rel) ?? relValidator(rel);
        if (fn?.(resource)) continue;
        const prefix = `/sender/${i}/events/${j}/_embedded/${escapePointer(key)}`;
        out.push(...embeddedFailure(fn ?? undefined, resource, rel, prefix, strict, extra));
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
  if (!fn) {
    return [
      diagnostic(
        'schema.unknown-embedded',
        `the event channel embeds a resource with the unknown rel \`${rel}\``,
        { path: prefix },
        strict ? 'error' : 'warning',
      ),
    ];
  }
  if (!fn.errors) return [];
  return mapErrors(fn.errors, { root: resource, label: rel, prefix, strict, ...(extra ? { extra } : {}) });
}

export function result(diagnostics: Diagnostic[]): ValidationResult {
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}

export function stripHint(d: LocatableDiagnostic): Diagnostic {
  if (!('atName' in d)) return d;
  const { atName: _ignored, ...rest } = d;
  return rest;
}
