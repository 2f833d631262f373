import type { Link } from '../base.js';
import type { Contact } from './contact.js';
import type { DistributionGroup } from './distributionGroup.js';

/**
 * Results of a search of the organization's address book (names, e-mail addresses, URIs and
 * phone numbers): matching contacts and distribution groups, normally embedded.
 * @ucwaKind resource
 * @ucwaPage search
 */
export interface Search {
  rel?: 'search';
  /** True when more entries matched than the requested limit let through. */
  moreResultsAvailable?: boolean;
  _links?: {
    self?: Link;
    /** Matching contacts, when sent as links rather than embedded. */
    contact?: Link[];
    /** Matching distribution groups, when sent as links rather than embedded. */
    distributionGroup?: Link[];
  };
  _embedded?: SearchEmbedded;
}

/** Resources embedded in search results. */
export interface SearchEmbedded {
  contact?: Contact[];
  distributionGroup?: DistributionGroup[];
}
