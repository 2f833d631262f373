import type { Link } from '../base.js';
import type { ModalityType } from '../enums.js';

/**
 * Which ways of communicating (messaging, audio, phone ...) a contact can use right now.
 * @ucwaKind resource
 * @ucwaPage contactSupportedModalities
 */
export interface ContactSupportedModalities {
  rel?: 'contactSupportedModalities';
  /** The modalities the contact supports. */
  modalities?: ModalityType[];
  _links?: {
    self?: Link;
  };
}
