/** Options shared by the decoders and encoders of both forms. */
export interface DecodeOptions {
  /** Type of the root: a type name (`Note`), a page name (`note`) or a rel. */
  resource?: string;
  /** Deepest nesting of elements / JSON arrays and objects accepted (default 256). */
  maxDepth?: number;
  /** Largest input accepted, in UTF-8 bytes (default 16 MiB). */
  maxBytes?: number;
}

export interface EncodeOptions {
  /** Type of the root, as for decoding; picks the body form (`NotePostInput` -> `<input>`). */
  resource?: string;
  /** Spaces per level; 0 writes everything on one line (default 2). */
  indent?: number;
  /** Deepest nesting of the value accepted (default 256). */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 256;
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * The largest `maxDepth` honoured; a larger one counts as this. The XML
 * decoder, the encoders and ajv's validators recurse once per level (the
 * scanner and the JSON parser do not), so the ceiling is set where each of
 * them, in its costliest shape and not yet optimised by the engine, needs
 * at most half of V8's default stack (984 KB): test/hardening-depth.test.ts
 * runs them all at this depth with half that stack. A caller deeper than
 * that, or an engine with a smaller stack, still gets `input.too-deep`
 * (boundary.ts), never a RangeError.
 */
export const MAX_DEPTH_CEILING = 512;

export function maxDepthOf(options?: { maxDepth?: number }): number {
  const d = options?.maxDepth;
  if (typeof d !== 'number' || !(d >= 1)) return DEFAULT_MAX_DEPTH;
  return Math.min(Math.floor(d), MAX_DEPTH_CEILING);
}

export function maxBytesOf(options?: { maxBytes?: number }): number {
  const b = options?.maxBytes;
  return typeof b === 'number' && b >= 0 ? b : DEFAULT_MAX_BYTES;
}

export function indentOf(options?: EncodeOptions): number {
  const i = options?.indent;
  return typeof i === 'number' && i >= 0 ? Math.min(Math.floor(i), 10) : 2;
}
