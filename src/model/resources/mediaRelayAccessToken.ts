import type { Integer, Link, UcwaDate } from '../base.js';
import type { MediaRelay } from './mediaRelay.js';

/**
 * Credentials for the media relays, valid for a limited time, with the relays
 * they open.
 * @ucwaKind resource
 * @ucwaPage mediaRelayAccessToken
 */
export interface MediaRelayAccessToken {
  rel?: 'mediaRelayAccessToken';
  /** Lifetime of the token, in minutes. */
  duration?: Integer;
  /** URI the token is valid for, as the reference documents the name. */
  uri?: string;
  /** URI the token is valid for, as the reference examples spell the name. */
  Uri?: string;
  password?: string;
  userName?: string;
  /** When the token stops working (UTC). */
  validUntil?: UcwaDate;
  _links?: {
    self?: Link;
    mediaRelay?: Link[];
  };
  _embedded?: MediaRelayAccessTokenEmbedded;
}

/** Relays the token gives access to. */
export interface MediaRelayAccessTokenEmbedded {
  mediaRelay?: MediaRelay[];
}
