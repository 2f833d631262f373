/**
 * Compiled validators by definition name. Two sources fill it: functions
 * generated ahead of time (`scripts/generate-validators.ts` writes one
 * standalone module per root type into dist/validators/, which the CLI
 * loads on demand), and the ajv compiler (src/validate/ajv.ts), which
 * registers itself here when it is imported. This module imports neither,
 * so a process that has every validator it needs never loads ajv.
 */
import type { ValidateFunction } from 'ajv';
import { bundle } from '../generated/schema-bundle.js';

/** Member names that would reach prototypes in careless consumers; always reported. */
export const FORBIDDEN_NAMES = ['__proto__', 'constructor', 'prototype'];

type Compiler = (typeName: string) => ValidateFunction | undefined;

const ready = new Map<string, ValidateFunction>();
const missing = new Set<string>();
let compiler: Compiler | undefined;

export function setCompiler(compile: Compiler): void {
  compiler = compile;
}

/** Adds a validator generated ahead of time (same ajv options, same bundle). */
export function provideValidator(typeName: string, fn: ValidateFunction): void {
  ready.set(typeName, fn);
}

/**
 * The validator of definition `typeName`, or undefined if the bundle has no
 * such definition, or if no compiler is loaded and none was provided (the
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

/** Number of validators at hand (lets tests check compilation stays lazy). */
export function validatorCount(): number {
  return ready.size;
}

/** Definition names that generated modules are written for (file-name safe). */
export const GENERATED_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
