import type { Link } from '../base.js';

/**
 * Entry point to everything about other people: contacts, groups, privacy
 * relationships, presence subscriptions and directory search.
 * @ucwaKind resource
 * @ucwaPage people
 */
export interface People {
  rel?: 'people';
  _links?: {
    self?: Link;
    myContactsAndGroupsSubscription?: Link;
    myContacts?: Link;
    myGroupMemberships?: Link;
    myGroups?: Link;
    myPrivacyRelationships?: Link;
    presenceSubscriptionMemberships?: Link;
    presenceSubscriptions?: Link;
    search?: Link;
    subscribedContacts?: Link;
  };
}
