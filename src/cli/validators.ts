/**
 * Gives the library the validators a document needs before the CLI keeps
 * its result: the standalone modules that `npm run build` generates into
 * dist/validators/ (no ajv, no compiling: a one-file run starts fast), else
 * the ajv compiler. A module built from another bundle than the one loaded
 * (a stale dist/) is never used.
 */
import type { ValidateFunction } from 'ajv';
import { bundleFingerprint } from '../generated/schema-bundle.js';
import { GENERATED_NAME, provideValidator, takeMissing } from '../validate/validators.js';

const GENERATED = new URL('../validators/', import.meta.url);
let compilerLoaded = false;

/** Loads the generated validator of `typeName` from `dir`; false when there is none, or a stale one. */
export async function loadGenerated(typeName: string, dir: URL = GENERATED): Promise<boolean> {
  if (!GENERATED_NAME.test(typeName)) return false;
  try {
    const mod = (await import(new URL(`${typeName}.js`, dir).href)) as { fingerprint?: string; default?: ValidateFunction };
    if (mod.fingerprint !== bundleFingerprint || typeof mod.default !== 'function') return false;
    provideValidator(typeName, mod.default);
    return true;
  } catch {
    return false; // not generated (running from src/, or a build without the step)
  }
}

/**
 * Runs `work` (a validation); when it asked for validators that were not
 * loaded yet, loads them and runs it again. Returns the result of the last run.
 */
export async function withValidators<T>(work: () => T): Promise<T> {
  let result = work();
  for (let round = 0; round < 3; round++) {
    const missing = takeMissing();
    if (missing.length === 0) return result;
    for (const name of missing) {
      if (!compilerLoaded && !(await loadGenerated(name))) {
        await import('../validate/ajv.js'); // registers the compiler: every later miss compiles
        compilerLoaded = true;
      }
    }
    result = work();
  }
  return result;
}
