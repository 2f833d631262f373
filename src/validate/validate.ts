/**
 * validate(value) with the ajv compiler loaded: importing this module (or
 * the library's entry) makes every definition compilable on first use. The
 * work itself lives in value.ts, which the CLI imports without ajv when
 * generated validators cover its input.
 */
import './ajv.js';

export * from './value.js';
