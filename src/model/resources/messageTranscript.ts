import type { Link } from '../base.js';

/**
 * Entry of a conversation log holding one instant message; its text comes as
 * `data:` links.
 * @ucwaKind resource
 * @ucwaPage messageTranscript
 */
export interface MessageTranscript {
  rel?: 'messageTranscript';
  _links?: {
    self?: Link;
    /** HTML body of the message, as a `data:text/html` URI. */
    htmlMessage?: Link;
    /** Plain-text body of the message, as a `data:text/plain` URI. */
    plainMessage?: Link;
  };
}
