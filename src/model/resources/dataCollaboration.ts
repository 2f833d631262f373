import type { Link } from '../base.js';
import type { CallState } from '../enums.js';

/**
 * A conversation's data-collaboration modality (shared content such as whiteboards and
 * slides); the API reports its state but cannot share or view the content.
 * @ucwaKind resource
 * @ucwaPage dataCollaboration
 */
export interface DataCollaboration {
  rel?: 'dataCollaboration';
  /** Connection state of the modality. */
  state?: CallState;
  _links?: {
    self?: Link;
    conversation?: Link;
  };
}
