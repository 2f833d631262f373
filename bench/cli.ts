/**
 * `npm run bench:cli`: `ucwa validate` over large captures, as whole
 * processes: 10,000 files (JSON and XML, every resource kind of the model,
 * one in a hundred with an unknown property) in one call, and one HAR file
 * of 100,000 entries. Reports wall time per file (per entry) and the peak
 * resident memory of the process (`/usr/bin/time -v` where it exists, else
 * the child's `maxRSS` from `process.resourceUsage()` through a wrapper),
 * and writes them into the "CLI over large captures" section of
 * bench/RESULTS.md (`npm run bench` keeps that section as it is).
 * The inputs are made in a temporary folder, removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeJson, encodeXml, example, exampleTypes } from '../dist/index.js';
import { CLI_SECTION, machine } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const RESULTS = join(ROOT, 'bench/RESULTS.md');

const FILES = Number(process.env.UCWA_BENCH_FILES ?? 10_000);
const ENTRIES = Number(process.env.UCWA_BENCH_HAR_ENTRIES ?? 100_000);

/** One example of every resource kind (compact JSON and XML), a few with an unknown property. */
function resources(): Array<{ rel: string; value: Record<string, unknown> }> {
  return exampleTypes()
    .map((type, i) => example(type, { seed: i + 1 }))
    .filter((e) => e.kind === 'resource')
    .map((e) => e.value as Record<string, unknown> & { rel: string })
    .map((value) => ({ rel: value.rel, value }));
}

function flawed(value: Record<string, unknown>, i: number): Record<string, unknown> {
  return i % 100 === 99 ? { ...value, [`unknownProperty${i}`]: 'x' } : value;
}

function writeFiles(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const pool = resources();
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const value = flawed(pool[i % pool.length]!.value, i);
    const xml = i % 2 === 1;
    const text = xml ? encodeXml(value) : encodeJson(value, { indent: 0 });
    writeFileSync(join(dir, `payload-${String(i).padStart(5, '0')}.${xml ? 'xml' : 'json'}`), text);
    bytes += text.length;
  }
  return bytes;
}

function writeHar(file: string): void {
  const pool = resources();
  const bodies = pool.map((r) => encodeJson(r.value, { indent: 0 }));
  const entry = (i: number) => {
    const r = pool[i % pool.length]!;
    const text = i % 100 === 99 ? encodeJson(flawed(r.value, i), { indent: 0 }) : bodies[i % pool.length]!;
    return JSON.stringify({
      startedDateTime: '2026-12-02T10:00:00.000Z',
      time: 12,
      request: { method: 'GET', url: `https://lync.contoso.com/ucwa/oauth/v1/applications/102/${r.rel}/${i}`, httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
      response: {
        status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'application/json' }], cookies: [],
        content: { size: text.length, mimeType: 'application/json', text }, redirectURL: '', headersSize: -1, bodySize: text.length,
      },
      cache: {}, timings: { send: 0, wait: 12, receive: 0 },
    });
  };
  // Written in chunks: the whole capture as one string would be the benchmark's own peak.
  writeFileSync(file, '{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[\n');
  const CHUNK = 5_000;
  for (let from = 0; from < ENTRIES; from += CHUNK) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(ENTRIES, from + CHUNK); i++) lines.push(entry(i));
    writeFileSync(file, lines.join(',\n') + (from + CHUNK < ENTRIES ? ',\n' : '\n'), { flag: 'a' });
  }
  writeFileSync(file, ']}}\n', { flag: 'a' });
}

interface Run {
  ms: number;
  maxRssMb: number;
  status: number | null;
}

/** One process: wall time, and peak RSS from /usr/bin/time -v (or the child's own maxRSS). */
function run(args: string[]): Run {
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, ['--input-type=module', '-e', `process.on('exit', () => process.stderr.write('Maximum resident set size (kbytes): ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, ${JSON.stringify(CLI)}); await import(${JSON.stringify(CLI)});`, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`ucwa ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { ms, maxRssMb: kb ? Number(kb[1]) / 1024 : NaN, status: r.status };
}

function medianRun(args: string[], runs: number): Run & { all: number[] } {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(run(args));
  all.sort((a, b) => a.ms - b.ms);
  return { ...all[all.length >> 1]!, all: all.map((r) => r.ms) };
}

function section(lines: string[]): void {
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const at = text.indexOf(CLI_SECTION);
  const before = (at >= 0 ? text.slice(0, at) : text).trimEnd();
  writeFileSync(RESULTS, `${before}\n\n${lines.join('\n')}\n`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-cli-'));
  try {
    const files = join(dir, 'files');
    const bytes = writeFiles(files);
    const har = join(dir, 'capture.har');
    writeHar(har);
    const harMb = statSync(har).size / 2 ** 20;
    const runs = Number(process.env.UCWA_BENCH_RUNS ?? 3);
    const many = medianRun(['validate', '--quiet', files], runs);
    const capture = medianRun(['validate', '--quiet', har], runs);
    const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(3));
    const lines = [
      CLI_SECTION,
      '',
      `\`npm run bench:cli\` (bench/cli.ts), ${new Date().toISOString().slice(0, 10)}, ${machine()}. Whole \`ucwa validate --quiet\` processes, median of ${runs} by wall time; peak memory is the process's maximum resident set size (${existsSync('/usr/bin/time') ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}). Inputs: every resource kind of the model (\`example()\`), one in a hundred with an unknown property.`,
      '',
      '| input | size | wall time | per file / entry | peak memory (RSS) | runs (ms) |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      `| ${FILES.toLocaleString('en')} files (half JSON, half XML) in one folder | ${(bytes / 2 ** 20).toFixed(1)} MB | ${ms(many.ms)} ms | ${ms(many.ms / FILES)} ms | ${many.maxRssMb.toFixed(0)} MB | ${many.all.map(ms).join(', ')} |`,
      `| one HAR of ${ENTRIES.toLocaleString('en')} entries (a UCWA JSON response each) | ${harMb.toFixed(1)} MB | ${ms(capture.ms)} ms | ${ms(capture.ms / ENTRIES)} ms | ${capture.maxRssMb.toFixed(0)} MB | ${capture.all.map(ms).join(', ')} |`,
    ];
    section(lines);
    console.log(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
