/** The run-time view of operations, errors and scopes (src/schema/operations.ts, summary.ts). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { operationDefinitions } from '../src/generated/operations-bundle.js';
import { bundle } from '../src/generated/schema-bundle.js';
import {
  allOperations,
  fullBundle,
  isGenericError,
  leastScopes,
  operationsOf,
  pagesForRel,
  pagesForUrl,
  statusOfErrorCode,
  targetPages,
} from '../src/schema/operations.js';
import { resourceSummary } from '../src/schema/summary.js';
import { prepareBundle } from '../src/validate/ajv.js';
import { publicBundle } from '../src/schema/public.js';

const BASE = 'https://lync.example.org/ucwa/oauth/v1/applications/88';

describe('operations of a page', () => {
  it('gives the methods, types and errors of a page, in page order', () => {
    const note = operationsOf('NOTE')!;
    expect(note.type).toBe('NoteOperations');
    expect(note.scopes).toEqual(['User.ReadWrite']);
    expect(note.operations.map((o) => [o.method, o.request, o.response])).toEqual([
      ['GET', null, 'Note'],
      ['POST', 'NotePostInput', null],
    ]);
    expect(note.operations[0]!.errors[0]).toEqual({ code: 'Conflict', status: 409, subcode: 'MakeMeAvailableRequired' });
    expect(operationsOf('organizer')!.operations[0]!.response).toBe('Organizer');
    expect(operationsOf('nothing')).toBeUndefined();
  });

  it('covers every page once; 8 pages document no operation', () => {
    const all = allOperations();
    expect(all).toHaveLength(238);
    expect(all.filter((p) => !p.operations.length).map((p) => p.page)).toEqual([
      'audioVideoSessions',
      'conversationExtensionResult',
      'invitation',
      'participants',
      'session',
      'typingParticipants',
      'userAcknowledged',
      'videoFreeze',
    ]);
  });

  it('knows the status of each synchronous error code, and the generic errors', () => {
    expect(statusOfErrorCode('Conflict')).toBe(409);
    expect(statusOfErrorCode('ServiceFailure')).toBe(500);
    expect(statusOfErrorCode('Informational')).toBeUndefined();
    expect(isGenericError('BadRequest', 'Whatever')).toBe(true);
    expect(isGenericError('Conflict', 'ParameterValidationFailure')).toBe(true);
    expect(isGenericError('Conflict', 'AlreadyExists')).toBe(false);
    expect(isGenericError('Forbidden', undefined)).toBe(false);
  });
});

describe('the resource a request targets', () => {
  it('reads the URL: the last segment, else the collection an item belongs to', () => {
    expect(pagesForUrl(`${BASE}/me/note?x=1#y`)).toEqual(['note']);
    expect(pagesForUrl('/ucwa/oauth/v1/applications/88/communication/conversations/41')).toEqual(['conversation']);
    expect(pagesForUrl(`${BASE}/people/ada%40example.org`)).toEqual([]);
    expect(pagesForUrl('')).toEqual([]);
  });

  it('prefers the page named like a rel, else every page with that rel', () => {
    expect(pagesForRel('contact')).toEqual(['contact']);
    expect(pagesForRel('no-such-rel')).toEqual([]);
  });

  it('trusts the rel of a GET or PUT answer, the URL for anything else', () => {
    expect(targetPages({ method: 'GET', url: `${BASE}/people/ada/presence`, responseRel: 'contactPresence' })).toEqual(['contactPresence']);
    expect(targetPages({ method: 'POST', url: `${BASE}/applications`, responseRel: 'application' })).toEqual(['applications']);
    expect(targetPages({ method: 'GET', url: `${BASE}/people/ada` })).toEqual([]);
  });
});

describe('least scopes', () => {
  it('finds the smallest set that meets every page, with the equally small alternatives', () => {
    const plan = leastScopes(['me', 'note', 'startMessaging', 'applications']);
    expect(plan.scopes).toEqual(['Conversations.Initiate', 'User.ReadWrite']);
    expect(plan.alternatives).toEqual([['Conversations.Receive', 'User.ReadWrite']]);
    expect(plan.pages.find((p) => p.page === 'applications')!.anyOf).toEqual([]);
  });

  it('needs one scope for pages that share one, and none for pages that list none', () => {
    expect(leastScopes(['contact', 'myGroups', 'people']).scopes).toEqual(['Contacts.ReadWrite']);
    expect(leastScopes(['applications', 'root'])).toMatchObject({ scopes: [], alternatives: [] });
  });
});

describe('the bundles', () => {
  it('together are schemas/ucwa.schema.json (in the form strict tools accept)', () => {
    const committed = readFileSync(new URL('../schemas/ucwa.schema.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(publicBundle(fullBundle()), null, 2)}\n`).toBe(committed);
    expect(Object.keys(operationDefinitions).some((n) => n in bundle.definitions)).toBe(false);
  });

  it('are valid draft-07, and compile in strict mode (every shape of operations type, body definitions stubbed)', () => {
    const stubs = Object.fromEntries(Object.keys(bundle.definitions).map((n) => [n, {}]));
    const { schema, keywords } = prepareBundle({ ...bundle, definitions: { ...stubs, ...operationDefinitions } });
    const ajv = new Ajv({ strict: true, keywords });
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    ajv.addSchema(schema as object);
    // The 238 operations types share a few shapes; compiling them all would cost seconds.
    const shapes = ['ApplicationsOperations', 'NoteOperations', 'SessionOperations', 'AcceptWithAnswerOperations', 'MakeMeAvailable2Operations'];
    const names = Object.entries(operationDefinitions).filter(([n, d]) => d.ucwaKind !== 'operations' || shapes.includes(n)).map(([n]) => n);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) expect(ajv.getSchema(`${bundle.$id}#/definitions/${encodeURIComponent(name)}`), name).toBeTypeOf('function');
  });
});

describe('resource summaries', () => {
  it('gives fields with their types, operations and scopes', () => {
    const s = resourceSummary('audioVideoSession')!;
    expect(s).toMatchObject({ type: 'AudioVideoSession', page: 'audioVideoSession', rel: 'session' });
    expect(s.properties.find((p) => p.name === 'state')).toMatchObject({ type: 'SessionState', members: expect.arrayContaining(['Established']) });
    expect(s.operations.map((o) => o.method)).toEqual(['GET']);
    expect(s.scopes.map((x) => x.scope)).toEqual(['Conversations.Initiate', 'Conversations.Receive']);
    expect(resourceSummary('organizer')).toMatchObject({ type: 'Organizer', aliasOf: 'Contact', rel: 'contact' });
    expect(resourceSummary('myGroups2')!.embedded.map((e) => e.type)).toContain('Group[]');
    expect(resourceSummary('conversation')!.links.find((l) => l.name === 'self')).toEqual({ name: 'self', type: 'link' });
    expect(resourceSummary('nope')).toBeUndefined();
  });
});
