/**
 * `npm run bench`: speed of ucwa-codec as ratios against what a user would
 * run instead, measured in the same process (or the same run, for whole
 * processes). Writes bench/RESULTS.md and prints it; `--json` prints a
 * machine-readable copy instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { build } from 'esbuild';
import { SaxesParser } from 'saxes';
import { parse as txmlParse } from 'txml/txml';
import { gzipSync } from 'node:zlib';
import { decodeJson, decodeXml, encodeJson, encodeXml, validate, validateJson, validateXml } from '../dist/index.js';
import { compiledValidatorFor as validatorFor } from '../dist/validate/validate.js';
import { resolveType } from '../dist/validate/target.js';
import { Scanner } from '../dist/xml/scan.js';
import { CLI_SECTION, compare, compareAsync, machine, type Ratio } from './measure.js';
import {
  eventChannel, largestResources, manyItems, referenceMix, smallResources, withUnknownProperties, writeFixtures, type Payload,
} from './workloads.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const AJV_CLI = join(ROOT, 'node_modules/ajv-cli/dist/index.js');

interface Row {
  figure: string;
  workload: string;
  ratio?: number;
  spread?: [number, number];
  detail: string;
  target: string;
  met?: boolean;
}

const rows: Row[] = [];
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(4));

function addRatio(figure: string, workload: string, r: Ratio, limit: number | undefined, unit = 'ms') {
  rows.push({
    figure,
    workload,
    ratio: r.ratio,
    spread: r.spread,
    detail: `${ms(r.subject.median)} ${unit} vs ${ms(r.baseline.median)} ${unit}`,
    target: limit === undefined ? 'report' : `<= ${limit}`,
    met: limit === undefined ? undefined : r.ratio <= limit,
  });
}

// fast-xml-parser's fastest mode that still keeps attributes.
const fxpOptions = { ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, processEntities: false };
const parser = new XMLParser(fxpOptions);
const builder = new XMLBuilder({ ignoreAttributes: false, format: true });

function eachPayload(payloads: Payload[], fn: (p: Payload) => unknown): () => void {
  return () => {
    for (const p of payloads) fn(p);
  };
}

function codecFigures(name: string, payloads: Payload[]) {
  addRatio('decodeXml vs fast-xml-parser parse', name,
    compare(eachPayload(payloads, (p) => decodeXml(p.xml)), eachPayload(payloads, (p) => parser.parse(p.xml))), 1.3);
  const trees = payloads.map((p) => parser.parse(p.xml));
  addRatio('encodeXml vs fast-xml-parser XMLBuilder', name,
    compare(eachPayload(payloads, (p) => encodeXml(p.value)), () => {
      for (const t of trees) builder.build(t);
    }), 1.0);
  addRatio('decodeJson + validate vs JSON.parse', name,
    compare(eachPayload(payloads, (p) => validate(decodeJson(p.json))), eachPayload(payloads, (p) => JSON.parse(p.json))), 2.0);
}

/**
 * Cost per byte of the largest event channel over the smallest's, 1 meaning
 * linear: the large document once against the small one repeated to the same
 * size, alternating in one comparison, so a machine that slows down during
 * the run hits both alike.
 */
function linearityFigures(small: Payload, large: Payload) {
  const ops = [
    ['decodeXml', 'xml', (p: Payload) => decodeXml(p.xml)],
    ['decodeJson + validate', 'json', (p: Payload) => validate(decodeJson(p.json))],
  ] as const;
  for (const [workload, key, op] of ops) {
    const times = Math.max(1, Math.round(large[key].length / small[key].length));
    const r = compare(() => op(large), () => {
      for (let i = 0; i < times; i++) op(small);
    });
    const bytes = large[key].length / (small[key].length * times);
    const perMb = (t: number, n: number) => t / (n / 2 ** 20);
    rows.push({
      figure: `cost per byte, ${large.name} vs ${small.name}`,
      workload,
      ratio: r.ratio / bytes,
      spread: [r.spread[0] / bytes, r.spread[1] / bytes],
      detail: `${ms(perMb(r.subject.median, large[key].length))} ms/MB vs ${ms(perMb(r.baseline.median, small[key].length * times))} ms/MB`,
      target: 'linear (about 1)',
      met: r.ratio / bytes <= 1.5,
    });
  }
}

function validateFigure(name: string, payloads: Payload[]) {
  const values = payloads.map((p) => p.value as { rel?: string });
  const compiled = values.map((v) => {
    const fn = validatorFor(resolveType(v.rel ?? '') ?? '');
    if (!fn) throw new Error(`no validator for rel ${v.rel}`);
    return fn;
  });
  addRatio('validate vs compiled ajv function', name,
    compare(() => {
      for (const v of values) validate(v);
    }, () => {
      for (let i = 0; i < values.length; i++) compiled[i]!(values[i]);
    }), 1.1);
}

/** Our scanner alone over a whole document, each root child dropped as it closes (what the decoder builds on). */
function scanOnly(text: string): void {
  const scanner = new Scanner(text, 256);
  scanner.start();
  while (scanner.next());
  scanner.finish();
}

/** saxes with namespaces and positions on, every event handled (and dropped). */
function saxesOnly(text: string): void {
  const p = new SaxesParser({ xmlns: true, position: true });
  const drop = () => {};
  p.on('opentag', drop);
  p.on('closetag', drop);
  p.on('text', drop);
  p.on('error', (e) => { throw e; });
  p.write(text).close();
}

/** Minified + gzipped size of a browser bundle of `code` (resolved from the repository root). */
async function bundleBytes(code: string): Promise<number> {
  const out = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'ts' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

/**
 * Why the XML reader is our own: it must be at least as strict as saxes
 * (test/xml-conformance.test.ts), at least as fast on the same text, and
 * smaller in a browser bundle.
 */
async function readerFigures(doc: Payload) {
  const text = doc.xml;
  addRatio('XML scanner alone vs saxes (same text)', doc.name, compare(() => scanOnly(text), () => saxesOnly(text)), 1.0);
  addRatio('XML scanner alone vs txml parse', doc.name, compare(() => scanOnly(text), () => txmlParse(text)), undefined);
  const ours = await bundleBytes("export { Scanner } from './src/xml/scan.ts';");
  const saxes = await bundleBytes("export { SaxesParser } from 'saxes';");
  rows.push({
    figure: 'browser bundle of the XML reader vs saxes',
    workload: 'esbuild --minify, gzip -9',
    ratio: ours / saxes,
    detail: `${(ours / 1024).toFixed(1)} KB vs ${(saxes / 1024).toFixed(1)} KB`,
    target: '<= 1.0',
    met: ours <= saxes,
  });
}

/**
 * Cost proportional to the problems found: the reference-mix event channel
 * validated with a few unknown properties against the same document clean.
 */
function diagnosticFigures(clean: Payload, flawed: Payload) {
  for (const [name, key, fn] of [['validateXml', 'xml', validateXml], ['validateJson', 'json', validateJson]] as const) {
    const found = fn(flawed[key]).diagnostics.length;
    if (fn(clean[key]).diagnostics.length !== 0 || found === 0) throw new Error(`${name}: the bench documents are not clean and flawed`);
    addRatio(`${name} with ${found} diagnostics vs clean`, clean.name, compare(() => fn(flawed[key]), () => fn(clean[key])), 1.3);
  }
}

/** The codecs against the fastest generic tools on the reference-mix channel. */
function baselineFigures(doc: Payload) {
  // V8 hands JSON.stringify's text out in pieces and joins them when it is
  // first read (any write to a file or socket does): each text is read once.
  const read = (text: string) => text.charCodeAt(text.length >> 1);
  addRatio('encodeJson vs JSON.stringify (same indent), text read once', doc.name,
    compare(() => read(encodeJson(doc.value)), () => read(JSON.stringify(doc.value, null, 2))), 2.5);
  addRatio('encodeJson vs JSON.stringify (same indent), text not read', doc.name,
    compare(() => encodeJson(doc.value), () => JSON.stringify(doc.value, null, 2)), undefined);
  addRatio('decodeXml vs txml parse', doc.name, compare(() => decodeXml(doc.xml), () => txmlParse(doc.xml)), 1.0);
}

const SMALL_COUNT = 2_000;
const LARGE_COUNT = 16_000;

/**
 * Cost per item at 16,000 items over the cost per item at 2,000 (1 is
 * linear): one document of each size, the small one repeated to the same
 * number of items, alternating in one comparison.
 */
function scalingFigures() {
  for (const [workload, { form, text }] of Object.entries(manyItems)) {
    const small = text(SMALL_COUNT);
    const large = text(LARGE_COUNT);
    const op = form === 'xml' ? (t: string) => opXml(workload, t) : (t: string) => opJson(workload, t);
    const times = LARGE_COUNT / SMALL_COUNT;
    const r = compare(() => op(large), () => {
      for (let i = 0; i < times; i++) op(small);
    }, 7);
    const perItem = (t: number, n: number) => (t * 1000) / n;
    rows.push({
      figure: `cost per item, ${LARGE_COUNT} vs ${SMALL_COUNT} items`,
      workload,
      ratio: r.ratio,
      spread: r.spread,
      detail: `${ms(perItem(r.subject.median, LARGE_COUNT))} us/item vs ${ms(perItem(r.baseline.median, SMALL_COUNT * times))} us/item`,
      target: '<= 2',
      met: r.ratio <= 2,
    });
  }
}

function opXml(workload: string, text: string): unknown {
  return workload.includes('validateXml') ? validateXml(text) : decodeXml(text);
}

function opJson(workload: string, text: string): unknown {
  if (workload.includes('validateJson')) return validateJson(text);
  return workload.includes('validate') ? validate(decodeJson(text)) : decodeJson(text);
}

/** The rows of issue 14 (`tsx bench/run.ts --only=cost` prints them alone). */
function costFigures() {
  const mix = referenceMix(1_048_576);
  diagnosticFigures(mix, withUnknownProperties(mix, 8));
  baselineFigures(mix);
  scalingFigures();
}

function wall(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return elapsed;
}

async function processFigures(dir: string) {
  const one = join(dir, 'one.json');
  writeFileSync(one, smallResources(1)[0]!.json);
  addRatio('`ucwa validate one.json` vs `node -e 0`', 'whole process, wall time',
    await compareAsync(async () => wall([CLI, 'validate', one]), async () => wall(['-e', '0']), 15), 2.0);

  const fixtures = join(dir, 'fixtures');
  const { json } = writeFixtures(fixtures, 1000);
  // ajv-cli needs one root schema: dispatch on rel to the bundle's definitions.
  const rels = [...new Set(smallResources(16).map((p) => (p.value as { rel: string }).rel))];
  const root = join(dir, 'root.schema.json');
  writeFileSync(root, JSON.stringify({
    $id: 'bench-root',
    allOf: rels.map((rel) => ({
      if: { properties: { rel: { const: rel } }, required: ['rel'] },
      then: { $ref: `https://ucwa-codec.dev/schemas/ucwa.schema.json#/definitions/${resolveType(rel)}` },
    })),
  }));
  const ajvArgs = [AJV_CLI, 'validate', '-s', root, '-r', join(ROOT, 'schemas/ucwa.schema.json'), '-d', `${fixtures}/*.json`, '--strict=false', '--all-errors'];
  const many = await compareAsync(async () => wall([CLI, 'validate', '--quiet', ...json]), async () => wall(ajvArgs), 5);
  addRatio('`ucwa validate` 1,000 JSON files vs ajv-cli', 'one call each', many, 1.0);

  const single = await compareAsync(async () => wall([CLI, 'validate', '--quiet', ...json]) / 1000,
    async () => wall([CLI, 'validate', json[0]!]), 3);
  rows.push({
    figure: '1,000 files in one call vs 1,000 calls',
    workload: 'time per file',
    ratio: single.ratio,
    spread: single.spread,
    detail: `${ms(single.subject.median)} ms per file in one call vs ${ms(single.baseline.median)} ms per call`,
    target: 'far below 1',
    met: single.ratio < 0.2,
  });

  const checkTimes: number[] = [];
  for (let i = 0; i < 3; i++) checkTimes.push(wall([CLI, 'check', '--quiet', fixtures]));
  checkTimes.sort((a, b) => a - b);
  rows.push({
    figure: '`ucwa check` over 1,000 twin fixtures (2,000 files)',
    workload: 'whole process',
    detail: `${ms(checkTimes[1]!)} ms in all, ${ms(checkTimes[1]! / 1000)} ms per twin pair (median of 3; ${ms(checkTimes[0]!)}-${ms(checkTimes[2]!)})`,
    target: 'report',
  });
}

/**
 * Heap allocated while decoding (young generation large enough that no GC
 * runs during the call, so the growth of heapUsed is all that was
 * allocated) and heap still held once the value alone is kept: the peak RSS
 * above also depends on how V8 sizes its heap, these do not.
 */
function heapFigures(doc: Payload, file: string) {
  const script = `
    import { readFileSync } from 'node:fs';
    const { decodeXml } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    // Warm-up: module-level caches (the schema plan) are not the decoder's allocations.
    decodeXml('<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="note" href="/n"/>');
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const value = decodeXml(text);
    const allocated = process.memoryUsage().heapUsed - before;
    globalThis.gc();
    const retained = process.memoryUsage().heapUsed - before;
    console.log(JSON.stringify({ allocated, retained, keep: value === undefined }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=128', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const { allocated, retained } = JSON.parse(r.stdout) as { allocated: number; retained: number };
  const size = doc.xml.length;
  rows.push({
    figure: 'heap allocated decoding the large event channel',
    workload: `${(size / 2 ** 20).toFixed(2)} MB of XML`,
    ratio: allocated / size,
    detail: `${(allocated / 2 ** 20).toFixed(1)} MB allocated by the call (no GC during it)`,
    target: 'report',
  });
  rows.push({
    figure: 'heap held by the decoded event channel',
    workload: `${(size / 2 ** 20).toFixed(2)} MB of XML`,
    ratio: retained / size,
    detail: `${(retained / 2 ** 20).toFixed(1)} MB still used after GC, the value kept`,
    target: 'report',
  });
}

function memoryFigure(doc: Payload, dir: string) {
  const file = join(dir, 'events.xml');
  writeFileSync(file, doc.xml);
  const probe = (decode: boolean) => {
    const script = `
      import { readFileSync } from 'node:fs';
      const { decodeXml } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const text = readFileSync(${JSON.stringify(file)}, 'utf8');
      globalThis.gc?.();
      const before = process.memoryUsage().rss;
      let value = ${decode ? 'decodeXml(text)' : 'null'};
      const peak = process.resourceUsage().maxRSS * 1024;
      console.log(JSON.stringify({ before, peak, keep: value === undefined }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { before: number; peak: number };
  };
  // Peak RSS moves with V8's heap sizing from run to run: pairs of
  // processes, median and spread, like every other figure.
  const extras: number[] = [];
  for (let i = 0; i < 7; i++) {
    const base = probe(false);
    const used = probe(true);
    extras.push(Math.max(0, used.peak - Math.max(base.peak, used.before)));
  }
  extras.sort((a, b) => a - b);
  const extra = extras[extras.length >> 1]!;
  const ratio = extra / doc.xml.length;
  rows.push({
    figure: 'peak memory decoding the large event channel',
    workload: `${(doc.xml.length / 2 ** 20).toFixed(2)} MB of XML`,
    ratio,
    spread: [extras[0]! / doc.xml.length, extras[extras.length - 1]! / doc.xml.length],
    detail: `${(extra / 2 ** 20).toFixed(1)} MB above a process that only read the file (median of 7 pairs of processes)`,
    target: '<= 10x its size',
    met: ratio <= 10,
  });
  heapFigures(doc, file);
}

function table(): string {
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'Each ratio is ucwa-codec\'s time over the baseline\'s, median of several alternating runs, with the lowest and highest run ratio as spread. Lower is better.',
    '',
    '| figure | workload | ratio | spread | times (median) | target | met |',
    '| --- | --- | ---: | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const fmt = (x: number) => (x < 0.1 ? x.toPrecision(2) : x.toFixed(2));
    const ratio = r.ratio === undefined ? '' : fmt(r.ratio);
    const spread = r.spread ? `${fmt(r.spread[0])}-${fmt(r.spread[1])}` : '';
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(`| ${r.figure} | ${r.workload} | ${ratio} | ${spread} | ${r.detail} | ${r.target} | ${met} |`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  if (process.argv.includes('--only=reader')) {
    // One figure alone (`tsx bench/run.ts --only=reader`): printed, RESULTS.md left as it is.
    await readerFigures(eventChannel(1_048_576));
    console.log(table());
    return;
  }
  if (process.argv.includes('--only=cost')) {
    costFigures();
    console.log(table());
    return;
  }
  if (process.argv.includes('--only=memory')) {
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-'));
    try {
      memoryFigure(eventChannel(1_048_576), dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(table());
    return;
  }
  const small = smallResources();
  const large = largestResources();
  const events = [10_240, 102_400, 1_048_576].map((n) => eventChannel(n));
  codecFigures(`${small.length} small resources`, small);
  codecFigures(`${large.length} largest resources`, large);
  for (const e of events) codecFigures(e.name, [e]);
  linearityFigures(events[0]!, events[2]!);
  await readerFigures(events[2]!);
  validateFigure(`${small.length} small resources`, small);
  validateFigure(`${large.length} largest resources`, large);
  costFigures();
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-'));
  try {
    await processFigures(dir);
    memoryFigure(events[2]!, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const markdown = table();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ machine: machine(), date: new Date().toISOString(), rows }, null, 2));
  } else {
    // The CLI section comes from `npm run bench:cli` (bench/cli.ts): kept as it is.
    const file = join(ROOT, 'bench/RESULTS.md');
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const cli = previous.indexOf(CLI_SECTION);
    writeFileSync(file, cli >= 0 ? `${markdown}\n${previous.slice(cli)}` : markdown);
    console.log(markdown);
  }
}

await main();
