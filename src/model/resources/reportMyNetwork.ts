import type { Link } from '../base.js';
import type { ClientNetworkType } from '../enums.js';

/**
 * Operation the client calls whenever its network identifiers change, so that the server can locate it
 * (for emergency calls and bandwidth policies).
 * @ucwaKind resource
 * @ucwaPage reportMyNetwork
 */
export interface ReportMyNetwork {
  rel?: 'reportMyNetwork';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST reportMyNetwork`: the network identifiers the client currently sees.
 * @ucwaKind request
 * @ucwaPage reportMyNetwork
 * @ucwaOperation POST
 */
export interface ReportMyNetworkPostInput {
  /** Chassis id of the network switch. */
  chassisID?: string;
  /** Whether the client is inside or outside the corporate network. */
  clientNetworkType: ClientNetworkType;
  /** IP address of the client. */
  ip?: string;
  /** MAC address of the client. */
  mac?: string;
  /** Switch port id. */
  portID?: string;
  /** Received signal strength indication of the wireless link. */
  rssi?: string;
  /** Subnet id. */
  subnetID?: string;
  /** BSSID of the wireless access point. */
  wapBSSID?: string;
}
