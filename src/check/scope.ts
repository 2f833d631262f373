/**
 * Which files the repository settings cover: inside `fixtures`, not under
 * `ignore`, and the resource a `resources` rule gives them. Paths are
 * relative to the repository root with `/` separators. An entry matches a
 * file when it matches the file's path or one of its folders, so a folder
 * name stands for everything below it (as in .gitignore).
 */
import type { RepositorySettings } from './settings.js';

/** A compiled glob, as the CLI's matcher gives it (linear time, no backtracking). */
export interface PathMatcher {
  /** Whether the glob matches `rel` or one of the folders above it. */
  covers(rel: string): boolean;
}

export type GlobCompiler = (glob: string) => PathMatcher;

const EVERYTHING: PathMatcher = { covers: () => true };

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
    const patterns = entries.map((e) => normalizeEntry(e)).map((e) => (e === '.' ? EVERYTHING : compile(e)));
    // One pass over the path per pattern: the matcher sees the folders on the way.
    return (rel: string) => patterns.some((p) => p.covers(rel));
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
