/** Validation of decoded values and of XML/JSON text against the model's schemas. */
export { validate, type ValidateOptions, type ValidationResult } from './validate.js';
export { validateXml } from './xml.js';
export { validateJson } from './json.js';
