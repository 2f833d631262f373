/**
 * Compiled validators by definition name. Two sources fill it: functions
 * generated ahead of time (`scripts/generate-validators.ts` writes them into
 * dist/validators/, loaded by `loadValidators` in the library and by the
 * CLI; see load.ts), and a compiler handed over by the functions that
 * validate with ajv (compiled.ts). This module imports neither, so a
 * process or bundle that has every validator it needs never loads ajv and
 * never generates code (no `new Function`: strict Content-Security-Policy).
 */
import type { ValidateFunction } from 'ajv';
import { MAX_PROBLEMS, diagnostic, type Diagnostic } from '../diagnostic.js';
import { bundle } from '../generated/schema-bundle.js';

/** Member names that would reach prototypes in careless consumers; always reported. */
export const FORBIDDEN_NAMES = ['__proto__', 'constructor', 'prototype'];

/** Compiles one definition of the bundle (the ajv compiler: src/validate/ajv.ts). */
export type Compiler = (typeName: string) => ValidateFunction | undefined;

const ready = new Map<string, ValidateFunction>();
const missing = new Set<string>();
let compiler: Compiler | undefined;

/** Every later miss compiles with `compile`; idempotent, and cheap enough to call before each validation. */
export function useCompiler(compile: Compiler): void {
  compiler = compile;
}

/** Adds a validator generated ahead of time (same ajv options, same bundle, `boundErrors` applied). */
export function provideValidator(typeName: string, fn: ValidateFunction): void {
  ready.set(typeName, bounded(fn));
}

/** The bound on one document's problems (diagnostic.ts), which ajv's code below honours. */
export { MAX_PROBLEMS };

/**
 * ajv's generated code, with the cost of its errors bounded and linear:
 *
 * - where it counts one more error (`errors++;`, or `errors = vErrors.length;`
 *   after a nested validator), it throws the errors so far once there are
 *   more than MAX_PROBLEMS;
 * - where it adds a nested validator's errors to its own, it appends them
 *   instead of `vErrors.concat(...)`, which copies every error so far: a
 *   list of 50,000 wrong resources took minutes (quadratic).
 *
 * Applied to the code ajv compiles at run time (ajv.ts, `code.process`) and to
 * the modules generated ahead of time (scripts/generate-validators.ts); tests
 * check both.
 */
export function boundErrors(code: string): string {
  const stop = `if(errors>${MAX_PROBLEMS}){throw {ucwaErrors:vErrors};}`;
  return code
    .replace(/\berrors\+\+;/g, `errors++;${stop}`)
    .replace(/\berrors = vErrors\.length;/g, `errors = vErrors.length;${stop}`)
    .replace(
      /\bvErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g,
      'if(vErrors === null){vErrors = $1.errors;}else{for(const ucwaError of $1.errors){vErrors.push(ucwaError);}}',
    );
}

/** The error that stands for the problems past MAX_PROBLEMS (messages.ts maps it). */
export const TOO_MANY_PROBLEMS = 'ucwaTooManyProblems';

/**
 * A validator that never throws boundErrors' stop: it returns false, and its
 * `errors` are the first MAX_PROBLEMS followed by a TOO_MANY_PROBLEMS error.
 */
function bounded(fn: ValidateFunction): ValidateFunction {
  const run = ((data: unknown) => {
    try {
      const valid = fn(data);
      run.errors = fn.errors;
      return valid;
    } catch (error) {
      const collected: unknown = typeof error === 'object' && error !== null ? (error as { ucwaErrors?: unknown }).ucwaErrors : undefined;
      if (!Array.isArray(collected)) throw error;
      const tooMany = { keyword: TOO_MANY_PROBLEMS, instancePath: '', schemaPath: '#', params: { limit: MAX_PROBLEMS } };
      run.errors = [...collected.slice(0, MAX_PROBLEMS), tooMany];
      return false;
    }
  }) as ValidateFunction;
  return run;
}

/** Whether `typeName` has a validator at hand, without compiling or recording a miss. */
export function hasValidator(typeName: string): boolean {
  return ready.has(typeName);
}

/**
 * The validator of definition `typeName`, or undefined if the bundle has no
 * such definition, or if no compiler is at hand and none was provided (the
 * name is then recorded: see takeMissing).
 */
export function validatorFor(typeName: string): ValidateFunction | undefined {
  const fn = ready.get(typeName);
  if (fn) return fn;
  if (!Object.hasOwn(bundle.definitions, typeName)) return undefined;
  if (!compiler) {
    missing.add(typeName);
    return undefined;
  }
  const compiled = compiler(typeName);
  if (!compiled) return undefined;
  const checked = bounded(compiled);
  ready.set(typeName, checked);
  return checked;
}

/** Definitions asked for while no validator could be had; clears the record. */
export function takeMissing(): string[] {
  const names = [...missing];
  missing.clear();
  return names;
}

/**
 * Why `typeName` could not be checked: the bundle has no such definition, or
 * its validator was not loaded (a build without the ajv compiler, such as the
 * browser's, that did not call `loadValidators` for it). Never a silent pass.
 */
export function unavailable(typeName: string): Diagnostic {
  if (!Object.hasOwn(bundle.definitions, typeName)) {
    return diagnostic('schema.unknown-resource', `the model has no definition \`${typeName}\``);
  }
  return diagnostic(
    'schema.validator-unavailable',
    `the validator of \`${typeName}\` is not loaded; load it first with \`await loadValidators(['${typeName}'])\` (or wrap the call in \`withValidators\`) from 'ucwa-codec/validators'`,
  );
}

/** Number of validators at hand (lets tests check compilation stays lazy). */
export function validatorCount(): number {
  return ready.size;
}

/** Definition names that generated modules are written for (file-name safe). */
export const GENERATED_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
