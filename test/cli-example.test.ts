/** `ucwa example`, run as a user would: its output is what `ucwa validate --strict` accepts, the same every run. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ucwa } from './cli-support.js';

beforeAll(ensureBuilt);

describe('ucwa example', () => {
  it('prints the same JSON every run, and another with --seed', () => {
    const first = ucwa(['example', 'note']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ rel: 'note', _links: { self: { href: expect.stringMatching(/^\/ucwa\/oauth\/v1\/applications\/\d+\/note$/) } } });
    expect(ucwa(['example', 'note']).stdout).toBe(first.stdout);
    expect(ucwa(['example', 'note', '--seed', '2']).stdout).not.toBe(first.stdout);
  });

  it('prints XML and JSON that ucwa validate --strict accepts, for resources, the event channel and a request body', () => {
    const files: Record<string, string> = {};
    for (const name of ['conversation', 'events', 'myGroups', 'NotePostInput']) {
      for (const to of ['xml', 'json']) {
        const made = ucwa(['example', name, '--to', to, '--all']);
        expect(made.code).toBe(0);
        files[`${name}.${to}`] = made.stdout;
      }
    }
    const dir = writeTemp(files);
    const bodies = ucwa(['validate', '--strict', '--format', 'json', 'conversation.xml', 'conversation.json', 'events.xml', 'events.json', 'myGroups.xml', 'myGroups.json'], { cwd: dir });
    expect(JSON.parse(bodies.stdout).summary).toMatchObject({ files: 6, valid: 6, errorCount: 0, warningCount: 0 });
    // A request body says not what it is: its operation does.
    const request = ucwa(['validate', '--strict', '--resource', 'NotePostInput', 'NotePostInput.xml', 'NotePostInput.json'], { cwd: dir });
    expect(request.stdout).toBe('2 files checked, 2 valid, 0 invalid\n');
  });

  it('converts to the same value in both forms (ucwa diff finds nothing)', () => {
    const xml = ucwa(['example', 'participant', '--to', 'xml']).stdout;
    const json = ucwa(['example', 'participant']).stdout;
    expect(ucwa(['diff', '-', 'participant.json'], { input: xml, cwd: writeTemp({ 'participant.json': json }) })).toMatchObject({ code: 0, stdout: 'no differences\n' });
  });

  it('says why it cannot, with exit code 2', () => {
    expect(ucwa(['example', 'partcipant'])).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean "participant"') });
    expect(ucwa(['example', 'AcceptWithAnswerPostInput'])).toMatchObject({ code: 2, stderr: expect.stringContaining('application/sdp') });
    expect(ucwa(['example', 'note', '--to', 'yaml']).code).toBe(2);
    expect(ucwa(['example', 'note', '--seed', 'x']).code).toBe(2);
    expect(ucwa(['example']).code).toBe(2);
  });

  it('is listed in ucwa --help with diff', () => {
    const help = ucwa(['--help']).stdout;
    expect(help).toContain('ucwa diff <A> <B>');
    expect(help).toContain('ucwa example <resource>');
  });
});

function writeTemp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-example-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
