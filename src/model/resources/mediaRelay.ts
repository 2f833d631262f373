import type { Integer, Link } from '../base.js';
import type { RelayLocation } from '../enums.js';

/**
 * A media relay (TURN server) the client can send media through, with its
 * addresses and ports.
 * @ucwaKind resource
 * @ucwaPage mediaRelay
 */
export interface MediaRelay {
  rel?: 'mediaRelay';
  /** Host name of the relay. */
  host?: string;
  /** IPv4 address (IETF relays only). */
  ipv4?: string;
  /** IPv6 address (IETF relays only). */
  ipv6?: string;
  /** Network side the relay serves. */
  location?: RelayLocation;
  /** TCP port, -1 when none is set. */
  tcpPort?: Integer;
  /** UDP port, -1 when none is set. */
  udpPort?: Integer;
  _links?: {
    self?: Link;
  };
}
