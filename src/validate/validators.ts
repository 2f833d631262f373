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
import { diagnostic, type Diagnostic } from '../diagnostic.js';
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

/** Adds a validator generated ahead of time (same ajv options, same bundle). */
export function provideValidator(typeName: string, fn: ValidateFunction): void {
  ready.set(typeName, fn);
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
  if (compiled) ready.set(typeName, compiled);
  return compiled;
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
