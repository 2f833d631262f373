import type { Link } from '../base.js';

/**
 * The collection of sessions of a conversation's audio/video modality. The page documents
 * no properties or links and no example; it matters mostly as the subject of the
 * added/updated/deleted events of individual sessions.
 * @ucwaKind resource
 * @ucwaPage audioVideoSessions
 */
export interface AudioVideoSessions {
  rel?: 'audioVideoSessions';
  _links?: {
    self?: Link;
  };
}
