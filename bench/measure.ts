/**
 * Timing helpers for the benchmark: every figure is a ratio against a
 * baseline measured in the same process, alternating the two so that
 * machine noise hits both alike.
 */
import { cpus, totalmem, platform, arch, release } from 'node:os';

export interface Stats {
  /** Median time of one operation, in milliseconds. */
  median: number;
  /** Lowest and highest per-run time, in milliseconds. */
  min: number;
  max: number;
}

export interface Ratio {
  subject: Stats;
  baseline: Stats;
  /** Median of the per-run ratios subject/baseline. */
  ratio: number;
  /** Lowest and highest per-run ratio. */
  spread: [number, number];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function stats(samples: number[]): Stats {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** Milliseconds per call of `fn`, averaged over a batch long enough to time. */
function timeBatch(fn: () => unknown, minMs: number): number {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= minMs) return elapsed / iterations;
    iterations *= elapsed < minMs / 10 ? 10 : 2;
  }
}

function ratioOf(s: number[], b: number[]): Ratio {
  const ratios = s.map((x, i) => x / b[i]!);
  return {
    subject: stats(s),
    baseline: stats(b),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
  };
}

/** Compares `subject` with `baseline` over `runs` alternating runs (after a warm-up). */
export function compare(subject: () => unknown, baseline: () => unknown, runs = 11, minMs = 40, warmMs = 1000): Ratio {
  // Warm-up long enough for the JIT to optimize large functions (ajv's
  // validators take a while on a busy machine), so that runs measure the
  // steady state a long-lived client sees, not the first calls.
  timeBatch(subject, warmMs);
  timeBatch(baseline, warmMs / 3);
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(timeBatch(baseline, minMs));
    s.push(timeBatch(subject, minMs));
  }
  return ratioOf(s, b);
}

/** Same as `compare`, for whole operations that take long enough to time one by one. */
export async function compareAsync(
  subject: () => Promise<number>,
  baseline: () => Promise<number>,
  runs = 7,
): Promise<Ratio> {
  await subject();
  await baseline();
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await baseline());
    s.push(await subject());
  }
  return ratioOf(s, b);
}

export function machine(): string {
  const cpu = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), ${gib} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}`;
}

/** The section of bench/RESULTS.md that bench/cli.ts writes and bench/run.ts keeps as it is. */
export const CLI_SECTION = '## CLI over large captures';
