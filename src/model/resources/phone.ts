import type { Link } from '../base.js';

/**
 * One of the user's own phone numbers, usable as a call target and
 * optionally shown on the contact card.
 * @ucwaKind resource
 * @ucwaPage phone
 */
export interface Phone {
  rel?: 'phone';
  /** Whether the number appears on the user's contact card. */
  includeInContactCard?: boolean;
  /** The number (tel: URI). */
  number?: string;
  /** Kind of number: Work, Home, Other or Mobile (no enumeration page). */
  type?: string;
  _links?: {
    self?: Link;
    changeNumber?: Link;
    changeVisibility?: Link;
  };
}
