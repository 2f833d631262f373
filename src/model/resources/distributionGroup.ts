import type { Link } from '../base.js';
import type { Contact } from './contact.js';

/**
 * A mail-enabled Active Directory group the user can follow in the contact
 * list. It is read-only from every Skype for Business endpoint; expanding it
 * yields its member contacts and nested distribution groups.
 * @ucwaKind resource
 * @ucwaPage distributionGroup
 */
export interface DistributionGroup {
  rel?: 'distributionGroup';
  /** Address of the group (a `sip:` URI). */
  uri?: string;
  /** Identifier of the group (digits, sent as a string). */
  id?: string;
  /** Display name of the group, at most 256 characters. */
  name?: string;
  _links?: {
    self?: Link;
    addToContactList?: Link;
    expandDistributionGroup?: Link;
    removeFromContactList?: Link;
    subscribeToGroupPresence?: Link;
    /** Member contacts, when linked rather than embedded. */
    contact?: Link[];
    /** Nested distribution groups, when linked rather than embedded. */
    distributionGroup?: Link[];
  };
  _embedded?: DistributionGroupEmbedded;
}

/** Members of an expanded distribution group. */
export interface DistributionGroupEmbedded {
  contact?: Contact[];
  distributionGroup?: DistributionGroup[];
}
