/**
 * Release step, run by `npm version <patch|minor|major>` as its `version`
 * script (after package.json is bumped, before npm commits and tags
 * `v<version>`): the lines under "## Unreleased" in CHANGELOG.md move under
 * a heading for the new version, and CHANGELOG.md is staged so that it goes
 * into the release commit. The rest of the file keeps its format.
 *
 * `tsx scripts/release.ts --dry-run 1.2.3` prints the result instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const UNRELEASED = '## Unreleased';

/** CHANGELOG text with the Unreleased lines under `## <version> (<date>)`, and an empty Unreleased section above. */
export function releaseChangelog(text: string, version: string, date: string): string {
  const at = text.indexOf(`\n${UNRELEASED}\n`);
  if (at < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading`);
  if (text.includes(`\n## ${version} `)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const start = at + UNRELEASED.length + 2;
  return `${text.slice(0, start)}\n## ${version} (${date})\n${text.slice(start)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dry = process.argv.indexOf('--dry-run');
  const version = dry > 0 ? process.argv[dry + 1]! : (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const file = join(ROOT, 'CHANGELOG.md');
  const next = releaseChangelog(readFileSync(file, 'utf8'), version, new Date().toISOString().slice(0, 10));
  if (dry > 0) {
    process.stdout.write(next);
  } else {
    writeFileSync(file, next);
    execFileSync('git', ['add', 'CHANGELOG.md'], { cwd: ROOT, stdio: 'inherit' });
  }
}
