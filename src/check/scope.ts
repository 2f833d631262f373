/**
 * Which files the repository settings cover: inside `fixtures`, not under
 * `ignore`, and the resource a `resources` rule gives them. Paths are
 * relative to the repository root with `/` separators. An entry matches a
 * file when it matches the file's path or one of its folders, so a folder
 * name stands for everything below it (as in .gitignore).
 */
import type { RepositorySettings } from './settings.js';

export type GlobCompiler = (glob: string) => RegExp;

export interface Scope {
  /** Whether `rel` lies in the fixtures (always, when the settings name none). */
  inFixtures(rel: string): boolean;
  ignored(rel: string): boolean;
  /** Resource of the first `resources` rule covering `rel`. */
  resourceFor(rel: string): string | undefined;
  hasFixtures: boolean;
}

export function normalizeEntry(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '') || '.';
}

export function scopeOf(settings: RepositorySettings, compile: GlobCompiler): Scope {
  const matcher = (entries: readonly string[] = []) => {
    const patterns = entries.map((e) => normalizeEntry(e)).map((e) => (e === '.' ? /^/ : compile(e)));
    return (rel: string) => patterns.length > 0 && selfAndFolders(rel).some((p) => patterns.some((re) => re.test(p)));
  };
  const fixtures = matcher(settings.fixtures);
  const ignored = matcher(settings.ignore);
  const rules = (settings.resources ?? []).map((r) => ({ test: matcher([r.glob]), resource: r.resource }));
  const hasFixtures = settings.fixtures !== undefined && settings.fixtures.length > 0;
  return {
    hasFixtures,
    inFixtures: (rel) => !hasFixtures || fixtures(rel),
    ignored,
    resourceFor: (rel) => rules.find((r) => r.test(rel))?.resource,
  };
}

/** `a/b/c.json` -> [`a/b/c.json`, `a/b`, `a`]. */
function selfAndFolders(rel: string): string[] {
  const out = [rel];
  for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) out.push(rel.slice(0, i));
  return out;
}
