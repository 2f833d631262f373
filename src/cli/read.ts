/**
 * Reading an input with a ceiling. Files, devices, pipes and standard input
 * are read in chunks, and reading stops one byte past the ceiling: an
 * endless source (/dev/zero, /dev/urandom, a pipe that never closes) or a
 * huge file costs at most the ceiling in memory and time. A regular file
 * whose size is already past the ceiling is not read at all.
 *
 * The ceiling may depend on what the input holds, so it is asked for once
 * the first bytes (the head) are in.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The most bytes to read, given the head of the input (at most HEAD_BYTES, less only for a shorter input). */
export type Ceiling = (head: Uint8Array) => number;

export interface BoundedRead {
  /** The bytes read: all of the input, unless `tooLarge`. */
  bytes: Uint8Array;
  /** The ceiling that applied. */
  limit: number;
  /** The input holds more than `limit` bytes; reading stopped there. */
  tooLarge: boolean;
  /** The size of a regular file (known without reading it). */
  size?: number;
}

/** Bytes read before the ceiling is asked for. */
export const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** Reads a file, device or named pipe, synchronously (inputs are read one after the other anyway). */
export function readFileBounded(path: string, ceiling: Ceiling): BoundedRead {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    const gathered = new Gathered(ceiling);
    for (;;) {
      const chunk = new Uint8Array(gathered.limit === undefined ? HEAD_BYTES : CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      // A short read (a pipe, a terminal) is copied: a view would keep the whole buffer alive.
      const more = gathered.add(n === chunk.length ? chunk : chunk.slice(0, n));
      // A regular file tells its size: no need to read up to the ceiling to know it is too large.
      if (info.isFile() && gathered.limit !== undefined && info.size > gathered.limit) return { bytes: new Uint8Array(0), limit: gathered.limit, tooLarge: true, size: info.size };
      if (!more) break;
    }
    return gathered.finish();
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) and stops it past the ceiling. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, ceiling: Ceiling): Promise<BoundedRead> {
  const gathered = new Gathered(ceiling);
  // Leaving the loop early ends the iteration, which destroys the stream: nothing more is read.
  for await (const chunk of stream) if (!gathered.add(chunk)) break;
  return gathered.finish();
}

/** Why a path could not be read, in a few words. */
export function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Chunks read so far, and the ceiling once the head is in. */
class Gathered {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;
  limit: number | undefined;

  constructor(private readonly ceiling: Ceiling) {}

  /** Keeps a chunk; false once past the ceiling (stop reading). */
  add(chunk: Uint8Array): boolean {
    this.chunks.push(chunk);
    this.total += chunk.length;
    if (this.limit === undefined && this.total >= HEAD_BYTES) this.limit = this.ceiling(concat(this.chunks, HEAD_BYTES));
    return this.limit === undefined || this.total <= this.limit;
  }

  finish(): BoundedRead {
    const limit = this.limit ?? this.ceiling(concat(this.chunks, HEAD_BYTES));
    const tooLarge = this.total > limit;
    return { bytes: tooLarge ? new Uint8Array(0) : concat(this.chunks, this.total), limit, tooLarge };
  }
}

function concat(chunks: readonly Uint8Array[], max: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length <= max) return chunks[0]!;
  const out = new Uint8Array(Math.min(max, chunks.reduce((n, c) => n + c.length, 0)));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}
