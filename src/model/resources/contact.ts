import type { Link } from '../base.js';
import type { ContactType, SourceNetwork } from '../enums.js';

/**
 * The properties and links of a contact, shared by every resource that describes one under a
 * rel of its own (contact, delegator, forwardedBy, onBehalfOf, transferredBy).
 */
export interface ContactFields {
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** Company the contact works for. */
  company?: string;
  /** Department the contact works in. */
  department?: string;
  /** The contact's e-mail addresses. */
  emailAddresses?: string[];
  /** Home phone number (`tel:` URI). */
  homePhoneNumber?: string;
  /** URL of an icon for the network the contact comes from. */
  sourceNetworkIconUrl?: string;
  /** Mobile phone number (`tel:` URI). */
  mobilePhoneNumber?: string;
  /** Display name. */
  name?: string;
  /** Office number or location. */
  office?: string;
  /** Another phone number (`tel:` URI). */
  otherPhoneNumber?: string;
  /** Which network the contact belongs to (same enterprise, federated, public cloud ...). */
  sourceNetwork?: SourceNetwork;
  /** Job title. */
  title?: string;
  /** Kind of contact: a user, a phone number, a bot. */
  type?: ContactType;
  /** SIP URI of the contact. */
  uri?: string;
  /** Work phone number (`tel:` URI). */
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

/**
 * A person or service the user can reach: the lasting record behind participants, group
 * members and subscribed contacts, with links to its presence, note, photo and location.
 * @ucwaKind resource
 * @ucwaPage contact
 */
export interface Contact extends ContactFields {
  rel?: 'contact';
}
