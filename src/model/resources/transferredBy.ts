import type { Link } from '../base.js';
import type { ContactType, SourceNetwork } from '../enums.js';

/**
 * The contact who transferred a call to the user. Same properties and links as `contact`, but the
 * resource carries its own rel `transferredBy`, so it is a type of its own rather than an alias.
 * @ucwaKind resource
 * @ucwaPage transferredBy
 */
export interface TransferredBy {
  rel?: 'transferredBy';
  company?: string;
  department?: string;
  emailAddresses?: string[];
  /** Home phone as a tel URI. */
  homePhoneNumber?: string;
  /** URL of an icon for the network the contact belongs to. */
  sourceNetworkIconUrl?: string;
  /** Mobile phone as a tel URI. */
  mobilePhoneNumber?: string;
  /** Display name. */
  name?: string;
  /** Office phone as a tel URI. */
  office?: string;
  otherPhoneNumber?: string;
  /** Network the contact comes from (same company, federated, public cloud...). */
  sourceNetwork?: SourceNetwork;
  /** Job title. */
  title?: string;
  /** Kind of contact: a user, a phone number, a bot... */
  type?: ContactType;
  /** SIP URI of the contact. */
  uri?: string;
  /** Work phone as a tel URI. */
  workPhoneNumber?: string;
  _links?: {
    self?: Link;
    contactLocation?: Link;
    contactNote?: Link;
    contactPhoto?: Link;
    contactPresence?: Link;
    contactPrivacyRelationship?: Link;
    contactSupportedModalities?: Link;
  };
}
