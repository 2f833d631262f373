/**
 * JSON pointers (RFC 6901), the one way every layer names a place in a
 * document: diagnostics' `path`, the decoders' location maps, differences.
 */

/** A segment as a pointer writes it (`~` -> `~0`, `/` -> `~1`); most names need neither. */
export function escapePointer(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** The segments of a pointer, unescaped (`''` has none). */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A pointer and its ancestors, nearest first: `/a/b` -> [`/a/b`, `/a`, ``]. */
export function pointerAncestors(pointer: string): string[] {
  const out = [pointer];
  for (let p = pointer; p !== ''; ) {
    p = p.slice(0, p.lastIndexOf('/'));
    out.push(p);
  }
  return out;
}
