/**
 * Safe output files for `convert -o`: never the input itself, never a
 * half-written or truncated file, and never a device or link replaced.
 *
 * - A symbolic link is followed: its target is written, the link stays.
 * - A regular file, or a path where nothing is yet, is written atomically:
 *   the text goes to a temporary file in the same folder, which is renamed
 *   over the target (atomic on one file system). An existing file keeps its
 *   owner, group and mode. When its owner cannot be kept (it belongs to
 *   another user, and ucwa does not run as root), it is rewritten in place
 *   instead, as editors do, so that it stays the other user's file.
 * - Standard output and error (`/dev/stdout`, `/dev/fd/1`, ...) are written
 *   through the process's own streams; another descriptor (`/dev/fd/3`) is
 *   written as the shell opened it.
 * - Anything else (a character device such as /dev/null, a named pipe, a
 *   socket) is opened and written directly, never renamed over.
 */
import { constants, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, chown, open, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from './io.js';
import { readErrorReason } from './read.js';

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

/** Writes `text` to `path` by the rules above. `cwd` resolves a relative path. */
export async function writeOutput(path: string, text: string, io: Pick<Io, 'write' | 'error' | 'cwd'>): Promise<void> {
  const target = await followLinks(resolve(io.cwd, path));
  if (target.stream === 1) return io.write(text);
  if (target.stream === 2) return io.error(text);
  if (target.descriptor) return writeDirectly(target.path, text);
  const info = await stat(target.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined || info.isFile()) return writeFileAtomic(target.path, text, info);
  if (info.isDirectory()) throw Object.assign(new Error(`${target.path} is a folder`), { code: 'EISDIR' });
  return writeDirectly(target.path, text);
}

/** `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`: a descriptor of this process, not a file to resolve. */
const DESCRIPTOR = /^\/(?:dev\/fd|proc\/self\/fd|proc\/(\d+)\/fd)\/(\d+)$/;
const STANDARD: Record<string, number> = { '/dev/stdout': 1, '/dev/stderr': 2, '/dev/stdin': 0 };
/** As the kernel does (MAXSYMLINKS). */
const MAX_LINKS = 40;

interface Target {
  /** The path to write: no symbolic link, or a descriptor path. */
  path: string;
  /** 1 or 2 when the path names standard output or error. */
  stream?: number;
  /** Another descriptor of this process (`/dev/fd/3`): whatever it is, it is open already; written directly. */
  descriptor?: boolean;
}

/** Follows symbolic links, one at a time, to what they name (which need not exist yet). */
async function followLinks(start: string): Promise<Target> {
  let path = start;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const descriptor = descriptorOf(path);
    if (descriptor !== undefined) return descriptor === 1 || descriptor === 2 ? { path, stream: descriptor } : { path, descriptor: true };
    let link: string;
    try {
      link = await readlink(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return { path }; // not a link, or nothing there yet
      throw error;
    }
    // Relative targets are relative to the link's real folder.
    const folder = await realpath(dirname(path)).catch(() => dirname(path));
    path = resolve(folder, link);
  }
  throw Object.assign(new Error(`too many levels of symbolic links at ${start}`), { code: 'ELOOP' });
}

function descriptorOf(path: string): number | undefined {
  if (Object.hasOwn(STANDARD, path)) return STANDARD[path];
  const m = DESCRIPTOR.exec(path);
  if (!m || (m[1] !== undefined && Number(m[1]) !== process.pid)) return undefined;
  return Number(m[2]);
}

/** Devices, pipes, sockets: opened as they are (no creation, no truncation), written, closed. */
function writeDirectly(path: string, text: string): Promise<void> {
  return writeOpened(path, constants.O_WRONLY | constants.O_NOCTTY, text);
}

/** The existing file, truncated and written: owner, mode and links stay as they are. */
function rewriteInPlace(path: string, text: string): Promise<void> {
  return writeOpened(path, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOCTTY, text);
}

async function writeOpened(path: string, flags: number, text: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/** Through a temporary file renamed over `path`; `existing` (the file there now) keeps its owner and mode. */
async function writeFileAtomic(path: string, text: string, existing?: Stats): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    if (existing) {
      if (!(await keepOwner(temp, existing))) {
        await rm(temp, { force: true });
        return await rewriteInPlace(target, text);
      }
      // After chown, which clears set-user-ID and set-group-ID bits.
      await chmod(temp, existing.mode & 0o7777);
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Gives `temp` the owner and group of `existing`; false when that is not allowed. */
async function keepOwner(temp: string, existing: Stats): Promise<boolean> {
  const own = await stat(temp);
  if (own.uid === existing.uid && own.gid === existing.gid) return true;
  try {
    await chown(temp, existing.uid, existing.gid);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EINVAL') return false;
    throw error;
  }
}

/** Why an output could not be written, in a few words. */
export function writeErrorReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENXIO':
      return 'cannot be opened for writing (a socket, or a device without a driver)';
    default:
      return readErrorReason(error);
  }
}
