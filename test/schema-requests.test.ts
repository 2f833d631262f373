import { describe, expect, it } from 'vitest';
import { requestTypeFor } from '../src/schema/requests.js';

describe('requestTypeFor', () => {
  it('names the body type from the method and the last path segment', () => {
    expect(requestTypeFor('POST', 'https://fe1.example.com:443/ucwa/oauth/v1/applications/7/me/note')).toBe('NotePostInput');
    expect(requestTypeFor('post', '/ucwa/oauth/v1/applications/7/me/note?x=1#f')).toBe('NotePostInput');
    expect(requestTypeFor('PUT', '/ucwa/oauth/v1/applications/7/communication/')).toBe('CommunicationPutInput');
  });

  it('says nothing where the URL names no page with a body for that method', () => {
    expect(requestTypeFor('GET', '/ucwa/oauth/v1/applications/7/me/note')).toBeUndefined();
    expect(requestTypeFor('POST', '/ucwa/oauth/v1/applications/7/communication/messagingInvitations')).toBeUndefined();
    expect(requestTypeFor('POST', '/')).toBeUndefined();
    expect(requestTypeFor('POST', '/%E0%A4%A')).toBeUndefined();
  });
});
