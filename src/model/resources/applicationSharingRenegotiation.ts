import type { RenegotiationFields } from './audioVideoRenegotiation.js';

/**
 * One renegotiation of the media of an established application-sharing session, seen on the event
 * channel. The offer and answer SDP travel as `data:` links; a client that starts a
 * renegotiation itself sends plain SDP instead.
 * @ucwaKind resource
 * @ucwaPage applicationSharingRenegotiation
 */
export interface ApplicationSharingRenegotiation extends RenegotiationFields {
  rel?: 'applicationSharingRenegotiation';
}
