/**
 * The playground page: a payload pasted, typed or dropped (XML, JSON or a
 * HAR capture) is validated and converted by the library itself, bundled
 * into the page from its browser build (dist/browser.js, the package's
 * `browser` entry) with the precompiled validators (dist/validators), so
 * nothing is compiled in the page (no `'unsafe-eval'`); nothing is sent
 * anywhere. Diagnostics are marked in the gutter and on the lines of the
 * text, listed below with their codes, and the type the payload was checked
 * as links to its JSON Schema (schemas/<Type>.schema.json, written by
 * scripts/build-site.ts).
 */
import {
  decodeJson, decodeXml, encodeJson, encodeXml, example, exampleTypes, UcwaError, validateJson, validateXml,
  type Diagnostic, type ValidationResult,
} from '../dist/browser.js';
import { withValidators } from '../dist/validators/index.js';
import { harBodies, isHar, type HarBody } from './har.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const input = $<HTMLTextAreaElement>('input');
const gutter = $<HTMLDivElement>('gutter');
const backdrop = $<HTMLDivElement>('backdrop');
const output = $<HTMLPreElement>('output');
const outputTitle = $<HTMLHeadingElement>('output-title');
const inputTitle = $<HTMLHeadingElement>('input-title');
const statusBar = $<HTMLDivElement>('status');
const list = $<HTMLUListElement>('diagnostics');
const strict = $<HTMLInputElement>('strict');
const harSelect = $<HTMLSelectElement>('har-entry');
const editor = $<HTMLDivElement>('editor');
const exampleType = $<HTMLSelectElement>('example-type');

/** A note with a misspelt enumeration member: what a first visit shows. */
const SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<resource rel="note" href="/ucwa/oauth/v1/applications/311/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <property name="message">Back at 3 &amp; reachable by IM</property>
  <property name="type">Persnal</property>
</resource>
`;

let capture: { name: string; bodies: HarBody[] } | undefined;

/** Line number -> the worst severity on it. */
function severityByLine(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic['severity']> {
  const lines = new Map<number, Diagnostic['severity']>();
  for (const d of diagnostics) {
    if (d.line === undefined) continue;
    if (lines.get(d.line) !== 'error') lines.set(d.line, d.severity);
  }
  return lines;
}

function renderGutter(text: string, diagnostics: readonly Diagnostic[]): void {
  const count = text.split('\n').length;
  const marks = severityByLine(diagnostics);
  const byLine = new Map<number, string[]>();
  for (const d of diagnostics) if (d.line !== undefined) byLine.set(d.line, [...(byLine.get(d.line) ?? []), `${d.code}: ${d.message}`]);
  const gutterLines = document.createDocumentFragment();
  const highlights = document.createDocumentFragment();
  for (let line = 1; line <= count; line++) {
    const number = document.createElement('div');
    number.textContent = String(line);
    const mark = marks.get(line);
    if (mark) {
      number.className = mark;
      number.title = byLine.get(line)!.join('\n');
      const band = document.createElement('div');
      band.className = mark;
      band.dataset.line = String(line);
      band.style.top = `calc(6px + ${line - 1} * var(--line))`;
      highlights.append(band);
    }
    gutterLines.append(number);
  }
  gutter.replaceChildren(gutterLines);
  backdrop.replaceChildren(highlights);
  syncScroll();
}

function syncScroll(): void {
  gutter.scrollTop = input.scrollTop;
  backdrop.style.transform = `translate(${-input.scrollLeft}px, ${-input.scrollTop}px)`;
}

function renderDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const items = [...diagnostics]
    .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0))
    .map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      if (d.line !== undefined) li.dataset.line = String(d.line);
      const pos = document.createElement('span');
      pos.className = 'pos';
      pos.textContent = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '';
      const severity = document.createElement('span');
      severity.className = `severity ${d.severity}`;
      severity.textContent = d.severity;
      const code = document.createElement('code');
      code.textContent = d.code;
      li.append(pos, severity, ' ', code, ` ${d.message}${d.path ? ` (at ${d.path})` : ''}`);
      li.addEventListener('click', () => d.line !== undefined && goToLine(d.line, d.column ?? 1));
      return li;
    });
  list.replaceChildren(...items);
}

function goToLine(line: number, column: number): void {
  const lines = input.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  input.focus();
  input.setSelectionRange(offset + column - 1, offset + (lines[line - 1]?.length ?? 0));
  input.scrollTop = Math.max(0, (line - 5) * 20);
  syncScroll();
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

function span(text: string, className = ''): HTMLSpanElement {
  const s = document.createElement('span');
  s.textContent = text;
  if (className) s.className = className;
  return s;
}

function renderStatus(result: ValidationResult | undefined, form: 'xml' | 'json'): void {
  if (!result) {
    statusBar.replaceChildren(span('Paste a payload to start.', 'muted'));
    return;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const parts: Array<HTMLElement | string> = [
    span(result.valid ? 'valid' : 'invalid', `verdict ${result.valid ? 'valid' : 'invalid'}`),
    span(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${strict.checked ? ' (strict)' : ''}`),
  ];
  const resource = document.createElement('span');
  resource.id = 'resource';
  if (result.resource) {
    resource.append(`${form.toUpperCase()} · resource `, link(result.resource, `schemas/${encodeURIComponent(result.resource)}.schema.json`));
    if (result.inferred) resource.append(span(' (no rel: typed by its names)', 'muted'));
  } else {
    resource.append(span(`${form.toUpperCase()} · resource not found`, 'muted'));
  }
  parts.push(resource);
  statusBar.replaceChildren(...parts);
}

/** The other form of the payload, or why there is none. */
function convert(text: string, form: 'xml' | 'json', resource: string | undefined): { text: string } | { problem: string } {
  const options = resource ? { resource } : {};
  try {
    if (form === 'xml') return { text: encodeJson(decodeXml(text, options), { ...options, indent: 2 }) };
    return { text: encodeXml(decodeJson(text, options), { ...options, indent: 2 }) };
  } catch (error) {
    if (error instanceof UcwaError) return { problem: `Cannot convert: ${error.message}` };
    throw error;
  }
}

function formOf(text: string): 'xml' | 'json' {
  return text.trimStart().startsWith('<') ? 'xml' : 'json';
}

/** Bumped by every update: a validation that finishes after a newer one started is dropped. */
let generation = 0;

async function update(): Promise<void> {
  const current = ++generation;
  const text = input.value;
  if (text.trim() === '') {
    renderGutter(text, []);
    renderDiagnostics([]);
    renderStatus(undefined, 'json');
    output.textContent = '';
    return;
  }
  if (!capture && text.trimStart().startsWith('{') && openCapture(text, 'pasted capture')) return;
  const form = formOf(text);
  const options = { strict: strict.checked };
  // Loads the validators of the types the payload needs (once each), then validates.
  const result = await withValidators(() => (form === 'xml' ? validateXml(text, options) : validateJson(text, options)));
  if (current !== generation) return;
  renderGutter(text, result.diagnostics);
  renderDiagnostics(result.diagnostics);
  renderStatus(result, form);
  const converted = convert(text, form, result.inferred ? result.resource : undefined);
  outputTitle.textContent = form === 'xml' ? 'JSON' : 'XML';
  output.classList.toggle('failed', 'problem' in converted);
  output.textContent = 'problem' in converted ? converted.problem : converted.text;
}

/** Opens a HAR capture: its bodies in the select, the first one in the editor. False when the text is no HAR. */
function openCapture(text: string, name: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isHar(value)) return false;
  const bodies = harBodies(value);
  capture = { name, bodies };
  harSelect.replaceChildren(...bodies.map((b, i) => new Option(b.label, String(i))));
  harSelect.hidden = bodies.length === 0;
  inputTitle.textContent = `${name}: ${bodies.length} ${bodies.length === 1 ? 'body' : 'bodies'}`;
  showBody(0);
  return true;
}

function showBody(index: number): void {
  const body = capture?.bodies[index];
  input.value = body?.text ?? '';
  harSelect.value = String(index);
  void update();
}

function closeCapture(): void {
  capture = undefined;
  harSelect.hidden = true;
  inputTitle.textContent = 'Input';
}

async function openFile(file: File): Promise<void> {
  const text = await file.text();
  closeCapture();
  if (text.trimStart().startsWith('{') && openCapture(text, file.name)) return;
  inputTitle.textContent = file.name;
  input.value = text;
  void update();
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 120);
});
input.addEventListener('scroll', syncScroll);
input.addEventListener('paste', () => {
  // A pasted capture replaces the one open; a pasted body is a body.
  closeCapture();
});
strict.addEventListener('change', update);
harSelect.addEventListener('change', () => showBody(Number(harSelect.value)));
$<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void openFile(file);
});
editor.addEventListener('dragover', (event) => {
  event.preventDefault();
  editor.classList.add('dragging');
});
editor.addEventListener('dragleave', () => editor.classList.remove('dragging'));
editor.addEventListener('drop', (event) => {
  event.preventDefault();
  editor.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

exampleType.replaceChildren(...exampleTypes().map((t) => new Option(t, t, t === 'Conversation', t === 'Conversation')));
$<HTMLButtonElement>('load-example').addEventListener('click', () => {
  closeCapture();
  const made = example(exampleType.value);
  inputTitle.textContent = `example of ${made.type}`;
  input.value = `${encodeXml(made.value, { resource: made.type, indent: 2 })}\n`;
  void update();
});

input.value = SAMPLE;
void update();
