import type { Link } from '../base.js';

/**
 * Capability to turn instant messaging off for the whole audience of a
 * conversation; present only when the user may do that.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage disableAudienceMessaging
 */
export interface DisableAudienceMessaging {
  rel?: 'disableAudienceMessaging';
  _links?: {
    self?: Link;
  };
}
