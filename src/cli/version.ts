/** The package version, read from package.json next to dist/ (or src/). */
import { readFile } from 'node:fs/promises';

export async function readVersion(): Promise<string> {
  // This module sits in <root>/dist/cli/ (or <root>/src/cli/ under tsx).
  const url = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(await readFile(url, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
