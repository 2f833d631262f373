/**
 * The library's browser entry (the `browser` condition of the package's
 * exports, which bundlers pick for the web): everything the main entry has,
 * but validation never compiles, so neither ajv's compiler nor any
 * `new Function` reaches the page, and a strict Content-Security-Policy
 * (`script-src 'self'`, no `'unsafe-eval'`) holds. Validators are
 * precompiled at build time and loaded per type from `ucwa-codec/validators`
 * (`await loadValidators(['note'])`, or `withValidators(() => validate(v))`);
 * `validate` stays synchronous, and a type whose validator is not loaded is
 * a `schema.validator-unavailable` error, never a silent pass.
 *
 * The names below shadow those of `export *` (ES module rules), so a
 * bundler keeps only these validation functions.
 */
import { guardWith } from './validate/guard.js';
import { validate } from './validate/value.js';

export * from './index.js';
export { validate } from './validate/value.js';
export { validateXml } from './validate/xml.js';
export { validateJson } from './validate/json.js';
export { validateExchange } from './validate/exchange.js';

/**
 * True when `value` is a valid resource of `rel` (its rel, if it has one, is
 * `rel`, and it validates as that type with the default policy), and then
 * narrows it to that model type. Needs the validator of that type loaded.
 */
export const isResource = /* @__PURE__ */ guardWith(validate);
