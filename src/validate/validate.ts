/**
 * The validation functions of the library's main entry (Node, and browsers
 * that allow `eval`): each hands the ajv compiler to the registry before it
 * runs, so a type that has no precompiled validator loaded is compiled on
 * first use. The compiler is reached through these calls, not through an
 * import made for its effect: a bundle that only decodes leaves ajv out
 * (`"sideEffects": false`), and one that validates keeps it.
 *
 * The browser entry (src/browser.ts) exports the same functions without the
 * compiler: there, validators are precompiled and loaded by
 * `loadValidators`, and nothing generates code at run time.
 */
import { compileDefinition } from './ajv.js';
import { validateExchange as checkExchange, type Exchange, type ExchangeOptions } from './exchange.js';
import { guardWith } from './guard.js';
import { validateJson as checkJson } from './json.js';
import { useCompiler, validatorFor } from './validators.js';
import { validate as checkValue, type ValidateOptions, type ValidationResult } from './value.js';
import { validateXml as checkXml } from './xml.js';

export type { ValidateOptions, ValidationResult, ValidationExtra } from './value.js';

/**
 * Checks a decoded value (the HAL JSON form) against the model: its type
 * comes from `options.resource`, else its `rel`, else its shape. Returns
 * `{ valid, diagnostics, resource, inferred }`; never throws.
 */
export function validate(value: unknown, options?: ValidateOptions): ValidationResult {
  useCompiler(compileDefinition);
  return checkValue(value, options);
}

/** Decodes UCWA XML (text or bytes) and validates it; diagnostics carry line and column. Never throws. */
export function validateXml(input: string | Uint8Array, options?: ValidateOptions): ValidationResult {
  useCompiler(compileDefinition);
  return checkXml(input, options);
}

/** Decodes UCWA JSON (text or bytes) and validates it; diagnostics carry line and column. Never throws. */
export function validateJson(input: string | Uint8Array, options?: ValidateOptions): ValidationResult {
  useCompiler(compileDefinition);
  return checkJson(input, options);
}

/** A request and its response checked together (bodies, method, status, documented errors). Never throws. */
export function validateExchange(exchange: Exchange, options?: ExchangeOptions): ValidationResult {
  useCompiler(compileDefinition);
  return checkExchange(exchange, options);
}

/**
 * True when `value` is a valid resource of `rel` (its rel, if it has one, is
 * `rel`, and it validates as that type with the default policy), and then
 * narrows it to that model type: `if (isResource(v, 'note')) v.message`.
 */
export const isResource = /* @__PURE__ */ guardWith(validate);

/** The validator of a definition, compiled if need be (tests, bench). */
export function compiledValidatorFor(typeName: string) {
  useCompiler(compileDefinition);
  return validatorFor(typeName);
}
