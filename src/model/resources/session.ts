import type { AudioVideoSession } from './audioVideoSession.js';

/**
 * A media session of a call. Its examples elsewhere carry rel `session` under the link name
 * `audioVideoSession`, whose page documents a superset of this page's properties and links, so
 * this page is that resource.
 * @ucwaKind resource
 * @ucwaPage session
 */
export type Session = AudioVideoSession;
