import type { Link, UcwaDate } from '../base.js';
import type { Communication } from './communication.js';
import type { Me } from './me.js';
import type { OnlineMeetings } from './onlineMeetings.js';
import type { People } from './people.js';

/**
 * One registered client of the user: the starting point from which everything else is
 * discovered. It embeds the `me`, `people`, `communication` and `onlineMeetings` hubs.
 * @ucwaKind resource
 * @ucwaPage application
 */
export interface Application {
  rel?: 'application';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** When the application expires unless the client keeps it alive (sent by real servers, not in the pages). */
  expires?: UcwaDate;
  /** Kind of device the application runs on (`Browser`). */
  type?: string;
  /** Language and region of the client, used for localized server text. */
  culture?: string;
  /** Id the client chose for this application. */
  endpointId?: string;
  /** Per-user, per-device registration id (telemetry). */
  id?: string;
  /** Instance id of the application. */
  instanceId?: string;
  /** Name and version of the client. */
  userAgent?: string;
  _links?: {
    self?: Link;
    batch?: Link;
    events?: Link;
    policies?: Link;
    reportMyNetwork?: Link;
    communication?: Link;
    me?: Link;
    onlineMeetings?: Link;
    people?: Link;
  };
  _embedded?: ApplicationEmbedded;
}

export interface ApplicationEmbedded {
  communication?: Communication;
  me?: Me;
  onlineMeetings?: OnlineMeetings;
  people?: People;
}
