/**
 * Gives the library the validators a document needs before the CLI keeps
 * its result: the standalone modules that `npm run build` generates into
 * dist/validators/ (no ajv, no compiling: a one-file run starts fast), else
 * the ajv compiler. A module built from another bundle than the one loaded
 * (a stale dist/) is never used.
 */
import { runWith, provideModule, type ValidatorModule } from '../validate/load.js';
import { GENERATED_NAME } from '../validate/validators.js';

const GENERATED = new URL('../validators/', import.meta.url);
let compilerLoaded = false;

/** Loads the generated validator of `typeName` from `dir`; false when there is none, or a stale one. */
export async function loadGenerated(typeName: string, dir: URL = GENERATED): Promise<boolean> {
  if (!GENERATED_NAME.test(typeName)) return false;
  try {
    return provideModule(typeName, (await import(new URL(`${typeName}.js`, dir).href)) as Partial<ValidatorModule>);
  } catch {
    return false; // not generated (running from src/, or a build without the step)
  }
}

/** A generated module, else the ajv compiler from then on (every later miss compiles). */
async function loadOne(typeName: string): Promise<boolean> {
  if (compilerLoaded || (await loadGenerated(typeName))) return true;
  const [{ compileDefinition }, { useCompiler }] = await Promise.all([import('../validate/ajv.js'), import('../validate/validators.js')]);
  useCompiler(compileDefinition);
  compilerLoaded = true;
  return true;
}

/**
 * Runs `work` (a validation); when it asked for validators that were not
 * loaded yet, loads them and runs it again. Returns the result of the last run.
 */
export function withValidators<T>(work: () => T): Promise<T> {
  return runWith(loadOne, work);
}
