import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link on a conversation that invites one more contact. A peer-to-peer conversation
 * is first turned into a conference; a conference just sends the invitation.
 * @ucwaKind resource
 * @ucwaPage addParticipant
 */
export interface AddParticipant {
  rel?: 'addParticipant';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST addParticipant`: the contact to invite and a correlation id.
 * @ucwaKind request
 * @ucwaPage addParticipant
 * @ucwaOperation POST
 */
export interface AddParticipantPostInput extends ClientContextInput {
  /**
   * Client-chosen id that ties this request to the participant invitation on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /** URI of the contact to invite. */
  to: string;
}
