import type { Link } from '../base.js';

/**
 * One dial-in access number of an online meeting, for people joining by
 * phone: the region it serves and the languages its attendant speaks.
 * @ucwaKind resource
 * @ucwaPage dialInRegion
 */
export interface DialInRegion {
  rel?: 'dialInRegion';
  /** Language tags (such as `en-US`) offered on this number. */
  languages?: string[];
  /** Name of the region the number belongs to. */
  name?: string;
  /** The access number, as a `tel:` URI. */
  number?: string;
  _links?: {
    self?: Link;
  };
}
