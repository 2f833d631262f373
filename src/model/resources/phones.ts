import type { Link } from '../base.js';
import type { Phone } from './phone.js';

/**
 * The signed-in user's phone numbers.
 * @ucwaKind resource
 * @ucwaPage phones
 */
export interface Phones {
  rel?: 'phones';
  _links?: {
    self?: Link;
    phone?: Link[];
  };
  _embedded?: PhonesEmbedded;
}

export interface PhonesEmbedded {
  phone?: Phone[];
}
