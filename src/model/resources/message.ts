import type { Link, UcwaDate } from '../base.js';
import type { Direction, Status } from '../enums.js';

/**
 * One instant message the user sent or received in a conversation. Its text
 * travels as `data:` links; for sent messages the delivery outcome is
 * reported on the event channel (per participant in a multi-party chat).
 * @ucwaKind resource
 * @ucwaPage message
 */
export interface Message {
  rel?: 'message';
  /** Whether the message came in or went out. */
  direction?: Direction;
  /** Client-chosen id given to sendMessage, to match the message to the request. */
  operationId?: string;
  /** Delivery outcome. */
  status?: Status;
  /** When the message was sent or received. */
  timeStamp?: UcwaDate;
  _links?: {
    self?: Link;
    /** HTML body of the message, as a `data:text/html` URI. */
    htmlMessage?: Link;
    /** Plain-text body of the message, as a `data:text/plain` URI. */
    plainMessage?: Link;
    contact?: Link;
    /** Participants the message could not be delivered to. */
    failedDeliveryParticipant?: Link[];
    messaging?: Link;
    participant?: Link;
  };
}
