/**
 * `isResource(value, rel)`: a type guard that is also a check. It narrows
 * `value` to the model type of `rel` (ResourceByRel) only when the value
 * validates as that type (default policy: unknown names the model does not
 * know are accepted, typos are not), so code after the guard can rely on
 * the type it sees. The validation function is passed in, so the library's
 * entries (with the ajv compiler, or with precompiled validators only) share
 * this one definition.
 */
import type { ResourceByRel, ResourceRel } from '../generated/resource-by-rel.js';
import { typeForRel } from '../schema/plan.js';
import type { ValidateOptions, ValidationResult } from './value.js';

type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult;

/** Options of isResource: those of validate, less `resource` (the rel says it). */
export type GuardOptions = Omit<ValidateOptions, 'resource' | 'charset'>;

/** The isResource of a library entry, over that entry's validate. */
export function guardWith(validate: Validate) {
  return function isResource<R extends ResourceRel>(value: unknown, rel: R, options?: GuardOptions): value is ResourceByRel[R] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const own = (value as { rel?: unknown }).rel;
    if (own !== undefined && own !== rel) return false;
    const typeName = typeForRel(rel);
    return typeName !== undefined && validate(value, { ...options, resource: typeName }).valid;
  };
}
