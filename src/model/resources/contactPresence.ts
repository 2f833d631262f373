import type { Link, UcwaDate } from '../base.js';
import type { Availability, ContactDeviceType } from '../enums.js';

/**
 * A contact's current availability, activity and device, updated as they change.
 * @ucwaKind resource
 * @ucwaPage contactPresence
 */
export interface ContactPresence {
  rel?: 'contactPresence';
  /** Localized text of what the contact is doing (`in-a-meeting`, ...). */
  activity?: string;
  /** How available the contact is (Online, Busy, Away ...). */
  availability?: Availability;
  /** Kind of device the contact is using now. */
  deviceType?: ContactDeviceType;
  /** When the contact last used a device. */
  lastActive?: UcwaDate;
  _links?: {
    self?: Link;
  };
}
