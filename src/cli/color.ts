/**
 * Colour in text output. `auto` colours only a terminal, and not when the
 * NO_COLOR environment variable is set (https://no-color.org); an explicit
 * `--color always` is the user's word and wins over NO_COLOR.
 */
import type { Io } from './io.js';

export type ColorMode = 'auto' | 'always' | 'never';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function useColor(mode: ColorMode, io: Pick<Io, 'env' | 'stdoutIsTTY'>): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const noColor = io.env.NO_COLOR;
  return io.stdoutIsTTY && (noColor === undefined || noColor === '');
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
}
