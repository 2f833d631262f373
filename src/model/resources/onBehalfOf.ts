import type { Link } from '../base.js';
import type { ContactType, SourceNetwork } from '../enums.js';

/**
 * The contact for whom a delegate placed the call that an incoming
 * invitation announces. It has a contact's fields and links, but the server
 * names it with its own rel, so it is a type of its own rather than an alias
 * of Contact.
 * @ucwaKind resource
 * @ucwaPage onBehalfOf
 */
export interface OnBehalfOf {
  rel?: 'onBehalfOf';
  company?: string;
  department?: string;
  emailAddresses?: string[];
  /** Home phone number (tel: URI). */
  homePhoneNumber?: string;
  /** Icon of the contact's source network. */
  sourceNetworkIconUrl?: string;
  /** Mobile phone number (tel: URI). */
  mobilePhoneNumber?: string;
  name?: string;
  /** Office phone number (tel: URI). */
  office?: string;
  /** Other phone number (tel: URI). */
  otherPhoneNumber?: string;
  sourceNetwork?: SourceNetwork;
  /** Job title. */
  title?: string;
  type?: ContactType;
  /** SIP URI. */
  uri?: string;
  /** Work phone number (tel: URI). */
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
