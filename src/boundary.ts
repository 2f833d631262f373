/**
 * The public surface's promise, kept in one place: a decoder, an encoder or
 * a helper of the library throws nothing but `UcwaError`, and `validate*`
 * returns a verdict. Two mechanisms keep it:
 *
 * - arguments are checked where they enter (`checkBody`, `checkText`,
 *   `checkOptions`): a wrong type is an `input.argument` diagnostic naming
 *   the argument, not a `TypeError` from deep inside;
 * - every entry point catches what its work may still throw and turns it
 *   into diagnostics (`asUcwaError`): the engine's stack overflow is
 *   `input.too-deep`, a string or array too long for the engine is
 *   `input.too-large`, and an exception from a value built in code (a
 *   throwing getter, a Proxy trap) is `value.unreadable`. A try/catch costs
 *   nothing until something is thrown, so ordinary values are never
 *   pre-walked for these cases.
 */
import { UcwaError, diagnostic, type Diagnostic } from './diagnostic.js';

/** Any exception as a UcwaError (a UcwaError as it is). Never throws. */
export function asUcwaError(error: unknown): UcwaError {
  if (error instanceof UcwaError && error.diagnostics.length) return error;
  return new UcwaError([diagnosticOf(error)]);
}

/** The diagnostics an exception stands for, for the verdict of a validator. Never throws. */
export function diagnosticsOf(error: unknown): Diagnostic[] {
  return [...asUcwaError(error).diagnostics];
}

function diagnosticOf(error: unknown): Diagnostic {
  const text = messageOf(error);
  if (isStackOverflow(error, text)) {
    return diagnostic('input.too-deep', 'The input nests too deeply for the call stack of this engine; lower maxDepth or the nesting.');
  }
  if (error instanceof RangeError && /invalid (?:string|array|typed array) length|allocation failed|out of memory/i.test(text)) {
    return diagnostic('input.too-large', `The input makes a string or a list too long for this engine (${text}).`);
  }
  return diagnostic('value.unreadable', `A value given could not be read: ${text}.`);
}

/** V8 and JavaScriptCore throw a RangeError, SpiderMonkey an InternalError. */
function isStackOverflow(error: unknown, text: string): boolean {
  return (error instanceof RangeError || (error instanceof Error && error.name === 'InternalError')) && /call stack|too much recursion/i.test(text);
}

/** The message of anything thrown; a getter or a conversion that throws in turn gives a placeholder. */
function messageOf(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return typeof text === 'string' && text !== '' ? text.slice(0, 200) : 'an exception without a message';
  } catch {
    return 'an exception that could not be described';
  }
}

/** What a value is, for messages: `a number`, `null`, `an array`. Never throws (`Array.isArray` does, on a revoked Proxy). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  const type = typeof value;
  if (type === 'undefined') return 'undefined';
  if (type !== 'object') return `a ${type}`;
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'a revoked Proxy';
  }
}

export function argumentError(what: string, expected: string, value: unknown): UcwaError {
  return new UcwaError([diagnostic('input.argument', `${what} must be ${expected}, not ${typeName(value)}.`)]);
}

/** A body: text or bytes (a Node Buffer is bytes). */
export function checkBody(value: unknown, what = 'The input'): asserts value is string | Uint8Array {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw argumentError(what, 'a string or bytes (Uint8Array)', value);
}

export function checkText(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw argumentError(what, 'a string', value);
}

/** The type of every option any entry point reads; options it does not know are left alone. */
const OPTION_TYPES = {
  resource: 'string',
  maxDepth: 'number',
  maxBytes: 'number',
  charset: 'string',
  strict: 'boolean',
  indent: 'number',
  locations: 'boolean',
  canonicalDates: 'boolean',
  extra: 'object',
  planner: 'object',
  seed: 'number',
  all: 'boolean',
} as const;

/** `options` is absent or an object whose known options have their types (an absent option may be `undefined`). */
export function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw argumentError('The options', 'an object', options);
  const record = options as Record<string, unknown>;
  for (const name in OPTION_TYPES) {
    const value = record[name];
    const type = OPTION_TYPES[name as keyof typeof OPTION_TYPES];
    if (value !== undefined && (typeof value !== type || value === null)) throw argumentError(`The option \`${name}\``, type === 'object' ? 'an object' : `a ${type}`, value);
  }
}
