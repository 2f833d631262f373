/**
 * Safe output files: never the input itself, and never a half-written or
 * truncated file. The text goes to a temporary file in the same folder,
 * which is then renamed over the target (atomic on one file system).
 */
import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Whether `output` is the same file as `input` (symbolic links and hard links included). */
export async function sameFile(input: string, output: string): Promise<boolean> {
  const [a, b] = await Promise.all([realOrUndefined(input), realOrUndefined(output)]);
  if (a && b && a === b) return true;
  try {
    const [sa, sb] = await Promise.all([stat(input), stat(output)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

async function realOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    // A file that does not exist yet: resolve its folder instead.
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return undefined;
    }
  }
}

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
