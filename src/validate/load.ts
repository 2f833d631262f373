/**
 * Loading precompiled validators into the registry (validators.ts), so that
 * `validate` (synchronous) finds them without compiling. `npm run build`
 * generates one module per document type into dist/validators/ (sharing the
 * code of common definitions), and an index that maps every type to a
 * dynamic `import()` of its module; bundlers turn those into one chunk per
 * type. `createValidatorLoader` turns that map into the public
 * `loadValidators` / `withValidators` of `ucwa-codec/validators`; the CLI
 * uses `runWith` with its own loader (files on disk, ajv as the fallback).
 *
 * A module carries the fingerprint of the bundle it was built from; one from
 * another bundle is never used.
 */
import type { ValidateFunction } from 'ajv';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { bundleFingerprint } from '../generated/schema-bundle.js';
import { lookupType } from './names.js';
import { didYouMean } from './near.js';
import { hasValidator, provideValidator, takeMissing } from './validators.js';

/** A generated validator module (dist/validators/<Type>.js). */
export interface ValidatorModule {
  fingerprint: string;
  default: ValidateFunction;
}

/** Every generated type, mapped to the dynamic import of its module. */
export type ValidatorModules = Readonly<Record<string, () => Promise<ValidatorModule>>>;

/** Makes the validator of one type available; false when it cannot be had. */
export type LoadOne = (typeName: string) => Promise<boolean>;

/** Registers a module's validator; false when it was built from another bundle than the one loaded. */
export function provideModule(typeName: string, mod: Partial<ValidatorModule>): boolean {
  if (mod.fingerprint !== bundleFingerprint || typeof mod.default !== 'function') return false;
  provideValidator(typeName, mod.default);
  return true;
}

/**
 * Runs `work` (a validation); when it asked for validators that were not at
 * hand, loads them with `load` and runs it again (an event channel asks for
 * the types of its embedded resources only once its envelope was checked,
 * hence a few rounds). Returns the result of the last run.
 */
export async function runWith<T>(load: LoadOne, work: () => T): Promise<T> {
  let result = work();
  for (let round = 0; round < 4; round++) {
    const missing = takeMissing();
    if (missing.length === 0) return result;
    const loaded = await Promise.all(missing.map(load));
    if (!loaded.some(Boolean)) return result; // nothing more can be had: the result says which are missing
    result = work();
  }
  return result;
}

/** The functions of `ucwa-codec/validators`. */
export interface ValidatorLoader {
  /**
   * Loads the precompiled validators of the types named (a type name such as
   * `Note`, a page name or a rel, as the `resource` option takes them), or of
   * every type when `names` is left out; resolves to the type names loaded
   * (each once).
   * After it, `validate` checks those types synchronously without compiling
   * anything (no `new Function`: strict Content-Security-Policy). Rejects
   * with a UcwaError (`schema.unknown-resource`) for a name of no type.
   */
  loadValidators(names?: readonly string[]): Promise<string[]>;
  /**
   * Runs a validation, loading whatever validators it turns out to need
   * (the type of the document, and for an event channel the types of the
   * resources it embeds), then runs it again:
   * `const result = await withValidators(() => validate(value))`.
   */
  withValidators<T>(work: () => T): Promise<T>;
  /** The type names that have a precompiled validator. */
  readonly validatorTypes: readonly string[];
}

/** The loader over the generated map of modules (dist/validators/index.js calls this). */
export function createValidatorLoader(modules: ValidatorModules): ValidatorLoader {
  const loading = new Map<string, Promise<boolean>>();
  const loadOne: LoadOne = (typeName) => {
    if (hasValidator(typeName)) return Promise.resolve(true);
    const load = Object.hasOwn(modules, typeName) ? modules[typeName] : undefined;
    if (!load) return Promise.resolve(false);
    // One import per type, however many calls ask for it at once.
    let pending = loading.get(typeName);
    if (!pending) {
      pending = load()
        .then((mod) => provideModule(typeName, mod))
        .finally(() => loading.delete(typeName));
      loading.set(typeName, pending);
    }
    return pending;
  };
  return {
    async loadValidators(names) {
      const types = names === undefined ? Object.keys(modules) : [...new Set(names.map(typeNamed))];
      const loaded = await Promise.all(types.map(loadOne));
      const stale = types.filter((_, i) => !loaded[i]);
      if (stale.length) {
        throw new UcwaError([diagnostic('schema.validator-unavailable', `no current precompiled validator for ${stale.join(', ')} (a build from another schema bundle?)`)]);
      }
      return types;
    },
    withValidators: (work) => runWith(loadOne, work),
    validatorTypes: Object.freeze(Object.keys(modules)),
  };
}

function typeNamed(name: string): string {
  const found = lookupType(name);
  if (found.type === undefined) {
    throw new UcwaError([diagnostic('schema.unknown-resource', `\`${name}\` is not a type name, page name or rel of the UCWA model${didYouMean(found.suggestions)}`)]);
  }
  return found.type;
}
