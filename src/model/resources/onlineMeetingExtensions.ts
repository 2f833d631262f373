import type { Link } from '../base.js';
import type { OnlineMeetingExtensionType } from '../enums.js';
import type { OnlineMeetingExtension } from './onlineMeetingExtension.js';

/**
 * The extensions attached to a meeting; posting here adds one.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingExtensions
 */
export interface OnlineMeetingExtensions {
  rel?: 'onlineMeetingExtensions';
  _links?: {
    self?: Link;
    onlineMeetingExtension?: Link[];
  };
  _embedded?: OnlineMeetingExtensionsEmbedded;
}

export interface OnlineMeetingExtensionsEmbedded {
  onlineMeetingExtension?: OnlineMeetingExtension[];
}

/**
 * Body of `POST onlineMeetingExtensions`: attaches a new extension.
 * @ucwaKind request
 * @ucwaPage onlineMeetingExtensions
 * @ucwaOperation POST
 */
export interface OnlineMeetingExtensionsPostInput {
  id?: string;
  type?: OnlineMeetingExtensionType;
}
