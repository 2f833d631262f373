import type { Link } from '../base.js';

/**
 * The signed-in user. It is refreshed once the application leaves lurker mode
 * through makeMeAvailable, but not when the user's directory details change
 * during the session.
 * @ucwaKind resource
 * @ucwaPage me
 */
export interface Me {
  rel?: 'me';
  company?: string;
  department?: string;
  emailAddresses?: string[];
  /** SIP URI (with GRUU) of this application's endpoint. */
  endpointUri?: string;
  homePhoneNumber?: string;
  mobilePhoneNumber?: string;
  /** Display name. */
  name?: string;
  officeLocation?: string;
  otherPhoneNumber?: string;
  /** Job title. */
  title?: string;
  /** The user's SIP URI. */
  uri?: string;
  workPhoneNumber?: string;
  _links?: {
    self?: Link;
    callForwardingSettings?: Link;
    location?: Link;
    makeMeAvailable?: Link;
    note?: Link;
    phones?: Link;
    photo?: Link;
    presence?: Link;
    reportMyActivity?: Link;
  };
}
