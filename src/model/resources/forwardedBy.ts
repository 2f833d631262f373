import type { Link } from '../base.js';
import type { ContactType, SourceNetwork } from '../enums.js';

/**
 * The contact who forwarded an incoming invitation last before it reached the
 * user. Same properties and links as `contact`, but the examples give it its
 * own rel `forwardedBy`, so it is a type of its own (like transferredBy).
 * @ucwaKind resource
 * @ucwaPage forwardedBy
 */
export interface ForwardedBy {
  rel?: 'forwardedBy';
  company?: string;
  department?: string;
  emailAddresses?: string[];
  /** Home phone, as a `tel:` URI. */
  homePhoneNumber?: string;
  /** Address of the icon of the network the contact belongs to. */
  sourceNetworkIconUrl?: string;
  /** Mobile phone, as a `tel:` URI. */
  mobilePhoneNumber?: string;
  /** Display name. */
  name?: string;
  /** Office phone, as a `tel:` URI. */
  office?: string;
  otherPhoneNumber?: string;
  /** Where the contact comes from: the same company, a federated one, a public network... */
  sourceNetwork?: SourceNetwork;
  /** Job title. */
  title?: string;
  /** Whether the contact is a person, a phone number or a bot. */
  type?: ContactType;
  /** SIP URI of the contact. */
  uri?: string;
  /** Work phone, as a `tel:` URI. */
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
