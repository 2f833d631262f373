/**
 * The playground (site/, built by scripts/build-site.ts) in a real browser:
 * Debian's Chromium driven by playwright-core, the built site served from a
 * local HTTP server started here. A person pastes XML and sees the JSON
 * form, a diagnostic marked on the right line, the inferred resource and a
 * link to its schema; drops a HAR capture and picks a body; and the page
 * asks nothing of any other origin. Screenshots go to test-results/.
 *
 * Slow (a browser starts): an end-to-end test, apart from the unit suites.
 * Without Chromium it is skipped with a message, and fails in CI
 * (`.ci/run` installs Debian's chromium package).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/build-site.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(root, 'test-results');
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`Chromium is not at ${CHROMIUM} (apt-get install chromium): the playground test ${process.env.CI ? 'FAILS because CI is set' : 'is skipped'}.`);
}

/**
 * The flags this machine needs: no GPU, no sandbox as root, and no background traffic to the closed network.
 * Playwright adds --headless itself, and starts every browser on a new, empty profile (its own --user-data-dir).
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** A static server of `dir` on 127.0.0.1, on a free port. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

// A note whose `type` is misspelt on line 4 (an error in every mode) with a property the model
// does not know on line 5 (a warning), and a HAR of two exchanges.
const NOTE_XML = `<?xml version="1.0" encoding="utf-8"?>
<resource rel="note" href="/ucwa/oauth/v1/applications/42/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <property name="message">Out until Monday</property>
  <property name="type">OutOfOfice</property>
  <property name="mood">sunny</property>
</resource>
`;
const HAR = JSON.stringify({
  log: {
    entries: [
      {
        request: { method: 'GET', url: 'https://lyncdiscover.contoso.com/', headers: [] },
        response: { status: 200, headers: [], content: { mimeType: 'application/json', text: JSON.stringify({ _links: { self: { href: 'https://lyncdiscover.contoso.com/' }, user: { href: 'https://fe1.contoso.com/Autodiscover/AutodiscoverService.svc/root/oauth/user' }, xframe: { href: 'https://fe1.contoso.com/xframe' } } }) } },
      },
      {
        request: { method: 'POST', url: 'https://fe1.contoso.com/ucwa/oauth/v1/applications/42/me/note', headers: [], postData: { mimeType: 'application/json', text: '{"message":"Back soon"}' } },
        response: { status: 204, headers: [], content: { mimeType: '', text: '' } },
      },
    ],
  },
});

describe.skipIf(!available && !process.env.CI)('playground in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let origin: string;
  let server: Server;
  const foreign: string[] = [];
  const errors: string[] = [];
  const site = join(mkdtempSync(join(tmpdir(), 'ucwa-site-')), 'site');

  beforeAll(async () => {
    const built = await buildSite(site);
    expect(built.schemas).toBeGreaterThan(300);
    ({ server, origin } = await serve(resolve(site)));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    mkdirSync(RESULTS, { recursive: true });
    await page.goto(`${origin}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('shows the JSON form of pasted XML, the diagnostic on its line, the resource and its schema', async () => {
    await page.fill('#input', NOTE_XML);
    await page.waitForFunction(() => document.getElementById('output')!.textContent!.includes('Out until Monday'));
    const json = JSON.parse((await page.textContent('#output'))!);
    expect(json).toEqual({ rel: 'note', message: 'Out until Monday', type: 'OutOfOfice', mood: 'sunny', _links: { self: { href: '/ucwa/oauth/v1/applications/42/me/note' } } });
    expect(await page.textContent('#output-title')).toBe('JSON');

    // The error is marked on line 4, the warning on line 5, in the gutter and behind the text, and listed with their codes.
    const marked = (severity: string) => page.$$eval(`#gutter div.${severity}`, (els) => els.map((e) => e.textContent));
    expect(await marked('error')).toEqual(['4']);
    expect(await marked('warning')).toEqual(['5']);
    expect(await page.$$eval('#backdrop div', (els) => els.map((e) => `${e.className} ${(e as HTMLElement).dataset.line}`))).toEqual(['error 4', 'warning 5']);
    expect(await page.textContent('#diagnostics li.warning')).toMatch(/^5:\d+warning schema\.unknown-property `note` has an unknown property `mood`/);
    const item = (await page.textContent('#diagnostics li.error'))!;
    expect(item).toMatch(/^4:\d+error schema\.enum property `type` of `note` must be one of OutOfOffice, Personal \(NoteType\), got `OutOfOfice` \(did you mean `OutOfOffice`\?\)/);
    expect(await page.textContent('#status .verdict')).toBe('invalid');

    // The resource it was checked as, and its schema.
    expect(await page.textContent('#resource')).toBe('XML · resource Note');
    const href = await page.getAttribute('#resource a', 'href');
    expect(href).toBe('schemas/Note.schema.json');
    const schema = await (await page.request.get(`${origin}/${href}`)).json();
    expect(schema).toMatchObject({ title: 'Note', type: 'object', properties: { rel: { const: 'note' } } });

    await page.screenshot({ path: join(RESULTS, 'playground.png') });
  });

  it('runs under a CSP that allows no eval: the validators are precompiled', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(readFileSync(join(site, 'playground.js'), 'utf8')).not.toMatch(/new Function|\beval\(/);
    // Validation happened (the first test) and the browser refused nothing.
    expect(errors.filter((e) => /Content Security Policy|unsafe-eval/.test(e))).toEqual([]);
  });

  it('converts JSON to XML, and says when a body without rel was typed by its names', async () => {
    await page.fill('#input', '{ "culture": "en-US", "endpointId": "e1", "userAgent": "app/1" }');
    await page.waitForFunction(() => document.getElementById('output')!.textContent!.startsWith('<?xml'));
    expect(await page.textContent('#output')).toContain('<property name="culture">en-US</property>');
    expect(await page.textContent('#resource')).toBe('JSON · resource ApplicationsPostInput (no rel: typed by its names)');
    expect(await page.textContent('#status .verdict')).toBe('valid');
  });

  it('opens a dropped HAR capture: each body to pick, validated as the others', async () => {
    const drop = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'session.har', { type: 'application/json' }));
      return data;
    }, HAR);
    await page.dispatchEvent('#editor', 'drop', { dataTransfer: drop });
    await page.waitForFunction(() => !(document.getElementById('har-entry') as HTMLSelectElement).hidden);
    const options = await page.$$eval('#har-entry option', (els) => els.map((e) => e.textContent));
    expect(options).toEqual(['entry 1 GET https://lyncdiscover.contoso.com/ (response)', 'entry 2 POST https://fe1.contoso.com/ucwa/oauth/v1/applications/42/me/note (request)']);
    expect(await page.textContent('#input-title')).toBe('session.har: 2 bodies');
    expect(await page.textContent('#resource')).toBe('JSON · resource Root (no rel: typed by its names)');
    await page.selectOption('#har-entry', '1');
    await page.waitForFunction(() => document.getElementById('output')!.textContent!.includes('Back soon'));
    expect(await page.inputValue('#input')).toBe('{"message":"Back soon"}');
  });

  it('loads an example of a resource that is valid in strict mode', async () => {
    await page.check('#strict');
    await page.selectOption('#example-type', 'Participant');
    await page.click('#load-example');
    await page.waitForFunction(() => document.getElementById('input-title')!.textContent === 'example of Participant');
    expect(await page.textContent('#status .verdict')).toBe('valid');
    expect(await page.$$('#diagnostics li')).toHaveLength(0);
    expect(await page.textContent('#resource')).toBe('XML · resource Participant');
  });

  it('works opened from disk too (no server), and asked nothing of any other origin', async () => {
    const local = await browser.newPage();
    local.on('pageerror', (e) => errors.push(e.message));
    await local.goto(pathToFileURL(join(site, 'index.html')).href);
    await local.waitForFunction(() => document.getElementById('diagnostics')!.children.length > 0);
    expect(await local.textContent('#output')).toContain('"rel": "note"');
    await local.close();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
