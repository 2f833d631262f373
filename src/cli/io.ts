/**
 * What a command may touch of the process: its streams, environment and
 * working folder. Commands receive it instead of reaching for `process`,
 * so another command (or a test) can drive them with its own.
 */
import { readStreamBounded, type BoundedRead, type Ceiling } from './read.js';

export interface Io {
  write(text: string): void;
  error(text: string): void;
  /** Reads standard input, stopping one byte past the ceiling. */
  readStdin(ceiling: Ceiling): Promise<BoundedRead>;
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal (for `--color auto`). */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (colour of messages written there). */
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIo(): Io {
  // A reader that closes the pipe early (`ucwa ... | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    write: (text) => void process.stdout.write(text),
    error: (text) => void process.stderr.write(text),
    readStdin: (ceiling) => readStreamBounded(process.stdin, ceiling),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes, shared by every command. */
export const EXIT = {
  ok: 0,
  /** At least one input is invalid (or could not be converted). */
  invalid: 1,
  /** Usage error, or an input that could not be read. */
  usage: 2,
  /** A bug in ucwa itself (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;
