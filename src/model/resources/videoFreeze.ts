import type { Link } from '../base.js';

/**
 * Link resource whose presence tells that the local participant's video should be frozen.
 * @ucwaKind resource
 * @ucwaPage videoFreeze
 */
export interface VideoFreeze {
  rel?: 'videoFreeze';
  _links?: {
    self?: Link;
  };
}
