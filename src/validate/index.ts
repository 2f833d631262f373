/** Validation of decoded values and of XML/JSON text against the model (with the ajv compiler at hand: validate.ts). */
export { validate, validateXml, validateJson, validateExchange, isResource, type ValidateOptions, type ValidationResult } from './validate.js';
export type { GuardOptions } from './guard.js';
