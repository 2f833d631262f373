/**
 * Turns ajv errors into Diagnostics a person reads without knowing ajv:
 * "property `state` of `session` must be one of A, B, got `Connected`".
 * Runs only when ajv reported errors. How severe an unknown name or member
 * is, and what it may be a typo of, is policy.ts's decision.
 */
import type { ErrorObject } from 'ajv';
import { isoToUcwa } from '../codec/dates.js';
import { jsonPreview } from '../codec/preview.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity } from '../diagnostic.js';
import { resolveType } from '../schema/plan.js';
import type { JsonSchema } from '../schema/types.js';
import { didYouMean } from './near.js';
import { judgeUnknown, lenient, type ResolvedExtra } from './policy.js';
import { TOO_MANY_PROBLEMS } from './validators.js';
import { escapePointer, splitPointer } from '../codec/pointer.js';

/** Same pattern as the generator's `patternProperties`: the PUT token. */
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export interface MappingContext {
  /** The value given to ajv (the root of `instancePath`). */
  root: unknown;
  /** Name of the root in messages (its rel, page or type name). */
  label: string;
  /** Pointer of `root` inside the whole document ('' at the top). */
  prefix: string;
  strict: boolean;
  /** Pointers under which errors are dropped (validated separately). */
  skip?: (pointer: string) => boolean;
  /** Names and members accepted besides the model's (`extra` option). */
  extra?: ResolvedExtra;
  /** The root is a request body: ISO 8601 dates are tolerated (policy.ts). */
  request?: boolean;
}


const isIndex = (s: string | undefined): boolean => s !== undefined && /^\d+$/.test(s);

function child(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) return isIndex(segment) ? node[Number(segment)] : undefined;
  if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment)) {
    return (node as Record<string, unknown>)[segment];
  }
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Role = 'resource' | 'links' | 'link' | 'link-attribute' | 'embedded-set' | 'embedded' | 'property' | 'item';

interface Subject {
  /** "property `state` of `session`" */
  text: string;
  role: Role;
  /** Nearest resource the subject belongs to. */
  owner: string;
}

/**
 * Describes the thing at `segments`. Entering an embedded resource (or an
 * array item carrying its own rel, like an event sender) makes it the owner.
 */
export function describe(root: unknown, segments: string[], label: string): Subject {
  let owner = label;
  let rest: string[] = [];
  let node = root;
  segments.forEach((segment, i) => {
    node = child(node, segment);
    rest.push(segment);
    if (i === segments.length - 1 || !isPlainObject(node)) return;
    const enteringEmbedded =
      rest[0] === '_embedded' && (rest.length === 2 || (rest.length === 3 && isIndex(rest[2])));
    const relItem = rest[0] !== '_links' && isIndex(segment) && typeof node.rel === 'string';
    if (enteringEmbedded || relItem) {
      owner = typeof node.rel === 'string' ? node.rel : rest[1]!;
      rest = [];
    }
  });
  return subjectOf(rest, owner);
}

function subjectOf(rest: string[], owner: string): Subject {
  const of = `of \`${owner}\``;
  const [head, name, third, fourth] = rest;
  if (head === undefined) return { text: `\`${owner}\``, role: 'resource', owner };
  if (head === '_links') {
    if (name === undefined) return { text: `the links ${of}`, role: 'links', owner };
    if (third === undefined) return { text: `link \`${name}\` ${of}`, role: 'link', owner };
    if (isIndex(third) && fourth === undefined) {
      return { text: `item ${third} of link \`${name}\` ${of}`, role: 'link', owner };
    }
    const attr = isIndex(third) ? rest.slice(3).join('/') : rest.slice(2).join('/');
    return { text: `\`${attr}\` of link \`${name}\` ${of}`, role: 'link-attribute', owner };
  }
  if (head === '_embedded') {
    if (name === undefined) return { text: `the embedded resources ${of}`, role: 'embedded-set', owner };
    if (third === undefined) return { text: `embedded \`${name}\` ${of}`, role: 'embedded', owner };
    if (isIndex(third) && fourth === undefined) {
      return { text: `item ${third} of embedded \`${name}\` ${of}`, role: 'embedded', owner };
    }
    return { text: `\`${rest.slice(2).join('/')}\` in embedded \`${name}\` ${of}`, role: 'property', owner };
  }
  if (rest.length === 2 && isIndex(name)) {
    return { text: `item ${name} of property \`${head}\` ${of}`, role: 'item', owner };
  }
  return { text: `property \`${rest.join('/')}\` ${of}`, role: 'property', owner };
}

/** `"abc"` for data, shortened so one huge value cannot flood a message (nor cost its size). */
export function shown(data: unknown): string {
  let text: string;
  try {
    text = data === undefined ? 'nothing' : (jsonPreview(data, 60) ?? String(data));
  } catch {
    text = opaque(data);
  }
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `\`${text}\``;
}

/** A value JSON cannot write (a cycle, a BigInt inside, a throwing getter): its kind, never a walk of it. */
function opaque(data: unknown): string {
  try {
    if (typeof data !== 'object' || data === null) return String(data);
    return Array.isArray(data) ? '[...]' : '{...}';
  } catch {
    return 'an unreadable value';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'a list',
  'list of strings': 'a list of strings',
  'list of integers': 'a list of integers',
  'list of booleans': 'a list of booleans',
};

function expectedType(types: string[], role: Role): string {
  const noun = role === 'link' ? 'link' : role === 'embedded' ? 'resource' : undefined;
  const words = types.map((t) => {
    if (noun && t === 'object') return `a single ${noun}`;
    if (noun && t === 'array') return `an array of ${noun}s`;
    return TYPE_WORDS[t] ?? t;
  });
  return words.join(' or ');
}

function gotType(data: unknown, role: Role): string {
  const noun = role === 'link' ? 'link' : role === 'embedded' ? 'resource' : undefined;
  if (noun && Array.isArray(data)) return 'an array';
  if (noun && isPlainObject(data)) return `a single ${noun}`;
  return shown(data);
}

function typesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const item = schema.items?.type;
  if (schema.type === 'array' && typeof item === 'string') return [`list of ${item}s`];
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.$ref === '#/definitions/Link') return ['object'];
  if (schema.$ref) return [schema.$ref.replace(/^.*\//, '')];
  if (schema.enum) return schema.enum.map((v) => shown(v));
  return [];
}

interface Raw {
  code: DiagnosticCode;
  message: string;
  /** Pointer relative to the validated root. */
  pointer: string;
  severity: Severity;
  /** Whether the location is the property name rather than its value. */
  atName: boolean;
}

/** Maps the errors of one ajv run; never throws. */
export function mapErrors(errors: readonly ErrorObject[], ctx: MappingContext): (Diagnostic & { atName?: boolean })[] {
  const typeFailed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const out: (Diagnostic & { atName?: boolean })[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.schemaPath.includes('/anyOf/') && underAny(error.instancePath, anyOfAt)) {
      continue; // the anyOf error itself says it better
    }
    for (const raw of mapOne(error, ctx, typeFailed)) {
      const path = ctx.prefix + raw.pointer;
      if (raw.code !== 'value.forbidden-name' && ctx.skip?.(path)) continue;
      const d = diagnostic(raw.code, raw.message, { path }, raw.severity) as Diagnostic & { atName?: boolean };
      if (raw.atName) d.atName = true;
      out.push(d);
    }
  }
  return out;
}

/** Whether `pointer` or one of its ancestors is in `bases` (a lookup per ancestor: linear in the errors). */
function underAny(pointer: string, bases: ReadonlySet<string>): boolean {
  if (bases.size === 0) return false;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (bases.has(p)) return true;
    if (p === '') return false;
  }
}

function mapOne(error: ErrorObject, ctx: MappingContext, typeFailed: Set<string>): Raw[] {
  const segments = splitPointer(error.instancePath);
  const subject = describe(ctx.root, segments, ctx.label);
  const data: unknown = error.data;
  const at = (code: DiagnosticCode, message: string, severity: Severity = 'error'): Raw[] => [
    { code, message, pointer: error.instancePath, severity, atName: false },
  ];
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = String(params.type).split(',');
      return at('schema.type', `${subject.text} must be ${expectedType(types, subject.role)}, got ${gotType(data, subject.role)}`);
    }
    case 'const':
    case 'enum': {
      if (typeFailed.has(error.instancePath)) return [];
      const parent = error.parentSchema as JsonSchema | undefined;
      if (error.keyword === 'const' && parent?.ucwaKind !== 'enum') {
        // A rel or another fixed value, not an enumeration of one member: always an error.
        const got = typeof data === 'string' ? `\`${data}\`` : shown(data);
        return at('schema.enum', `${subject.text} must be \`${String(params.allowedValue)}\`, got ${got}`);
      }
      const values = error.keyword === 'const' ? [params.allowedValue] : (params.allowedValues as unknown[]);
      const allowed = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const name = parent?.ucwaPage;
      const members = `${allowed.join(', ')}${typeof name === 'string' ? ` (${name})` : ''}`;
      if (typeof data !== 'string') return at('schema.enum', `${subject.text} must be one of ${members}, got ${shown(data)}`);
      const verdict = judgeUnknown(data, allowed, ctx.extra?.namesFor(typeof name === 'string' ? name : undefined), ctx.strict);
      if (!verdict) return [];
      return at('schema.enum', `${subject.text} must be one of ${members}, got \`${data}\`${didYouMean(verdict.nearMisses)}`, verdict.severity);
    }
    case 'required': {
      const name = String(params.missingProperty);
      const inner = describe(ctx.root, [...segments, name], ctx.label);
      if (inner.role === 'link-attribute') {
        return at('schema.required', `${subject.text} is missing the required attribute \`${name}\``);
      }
      const where = inner.role === 'property' ? `\`${inner.owner}\`` : subject.text;
      return at('schema.required', `${where} is missing the required property \`${name}\``);
    }
    case 'propertyNames': {
      // Only rule of that kind: the forbidden-name guard added to open maps.
      const name = String(params.propertyName);
      const pointer = `${error.instancePath}/${escapePointer(name)}`;
      const inner = describe(ctx.root, [...segments, name], ctx.label);
      return [{ code: 'value.forbidden-name', message: forbiddenMessage(subject, inner, name), pointer, severity: 'error', atName: true }];
    }
    case 'not':
      if (error.schemaPath.includes('/propertyNames/')) return []; // said by the propertyNames error
      return at('schema.type', `${subject.text} ${error.message ?? 'is not valid'}`);
    case 'additionalProperties':
      return unknownName(String(params.additionalProperty), error, segments, ctx, subject);
    case 'pattern': {
      if (typeFailed.has(error.instancePath)) return [];
      const parent = error.parentSchema as JsonSchema | undefined;
      const ucwa = parent?.ucwaType === 'date' && ctx.request && typeof data === 'string' ? isoToUcwa(data) : undefined;
      if (ucwa !== undefined) {
        const message = `${subject.text} is an ISO 8601 date; UCWA's JSON form of that instant is \`${ucwa}\` (UCWA reads both in request bodies)`;
        return at('schema.date-form', message, lenient(ctx.strict));
      }
      const what =
        parent?.ucwaType === 'date'
          ? 'a UCWA date like `/Date(1371023234000)/`'
          : `text matching \`${String(params.pattern)}\``;
      return at('schema.pattern', `${subject.text} must be ${what}, got ${shown(data)}`);
    }
    case 'maxLength': {
      if (typeFailed.has(error.instancePath)) return [];
      const length = typeof data === 'string' ? [...data].length : 0;
      return at(
        'schema.max-length',
        `${subject.text} must be at most ${String(params.limit)} characters long, got ${length}`,
      );
    }
    case 'anyOf': {
      const parent = error.parentSchema as JsonSchema | undefined;
      const types = (parent?.anyOf ?? []).flatMap((s) => typesOf(s));
      const expected = types.length ? expectedType([...new Set(types)], subject.role) : 'of another type';
      return at('schema.type', `${subject.text} must be ${expected}, got ${gotType(data, subject.role)}`);
    }
    case TOO_MANY_PROBLEMS:
      return at('input.too-many-problems', `${subject.text} has more than ${String(params.limit)} problems; the rest are not listed`);
    default:
      return at('schema.type', `${subject.text} ${error.message ?? 'is not valid'}`);
  }
}

/** Message for a member named `__proto__`, `constructor` or `prototype` of the object `subject`. */
export function forbiddenMessage(subject: Subject, inner: Subject, name: string): string {
  const owner = `\`${inner.owner}\``;
  const tail = `named \`${name}\`, which is not allowed`;
  if (inner.role === 'link') return `${owner} has a link ${tail}`;
  if (inner.role === 'embedded') return `${owner} has an embedded resource ${tail}`;
  if (inner.text === `property \`${name}\` of ${owner}`) return `${owner} has a property ${tail}`;
  return `${subject.text} has a member ${tail}`;
}

function unknownName(name: string, error: ErrorObject, segments: string[], ctx: MappingContext, subject: Subject): Raw[] {
  const pointer = `${error.instancePath}/${escapePointer(name)}`;
  const parent = segments[segments.length - 1];
  const inner = describe(ctx.root, [...segments, name], ctx.label);
  if (FORBIDDEN.has(name)) return [{ code: 'value.forbidden-name', message: forbiddenMessage(subject, inner, name), pointer, severity: 'error', atName: true }];
  // The PUT token: a property named by a GUID, never a diagnostic.
  if (GUID.test(name) && parent !== '_links' && parent !== '_embedded' && inner.role === 'property') return [];
  const extra = ctx.extra?.namesFor(resolveType(inner.owner));
  /** The unknown `entry` among the known names of its place; nothing when `extra` accepts it. */
  const judged = (code: DiagnosticCode, text: string, entry: string, known: Iterable<string>, p: string): Raw[] => {
    const verdict = judgeUnknown(entry, known, extra, ctx.strict);
    if (!verdict) return [];
    return [{ code, message: `${text}${didYouMean(verdict.nearMisses)}`, pointer: p, severity: verdict.severity, atName: true }];
  };
  const known = Object.keys((error.parentSchema as JsonSchema | undefined)?.properties ?? {});
  const owner = `\`${inner.owner}\``;
  if (inner.role === 'link') return judged('schema.unknown-link', `${owner} has an unknown link \`${name}\``, name, known, pointer);
  if (inner.role === 'embedded') {
    return judged('schema.unknown-embedded', `${owner} has an unknown embedded resource \`${name}\``, name, known, pointer);
  }
  if (inner.role === 'link-attribute') {
    return judged('schema.unknown-property', `${subject.text} has an unknown attribute \`${name}\``, name, known, pointer);
  }
  // `_links` / `_embedded` on a type that has none: report each entry.
  const value = (error.data as Record<string, unknown>)[name];
  if ((name === '_links' || name === '_embedded') && inner.role !== 'property' && isPlainObject(value)) {
    const code = name === '_links' ? 'schema.unknown-link' : 'schema.unknown-embedded';
    const noun = name === '_links' ? 'link' : 'embedded resource';
    const article = name === '_links' ? 'a' : 'an';
    return Object.keys(value).flatMap((entry) => {
      const at = `${pointer}/${escapePointer(entry)}`;
      if (FORBIDDEN.has(entry)) {
        return [{ code: 'value.forbidden-name' as const, message: `${owner} has ${article} ${noun} named \`${entry}\`, which is not allowed`, pointer: at, severity: 'error' as const, atName: true }];
      }
      return judged(code, `${owner} has an unknown ${noun} \`${entry}\``, entry, [], at);
    });
  }
  const where = inner.text === `property \`${name}\` of ${owner}` ? owner : subject.text;
  return judged('schema.unknown-property', `${where} has an unknown property \`${name}\``, name, known, pointer);
}
