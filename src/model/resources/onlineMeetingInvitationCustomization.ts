import type { Link } from '../base.js';

/**
 * Organization-specific text and links to put into meeting invitations
 * (help, legal notice, logo, footer).
 * @ucwaKind resource
 * @ucwaPage onlineMeetingInvitationCustomization
 */
export interface OnlineMeetingInvitationCustomization {
  rel?: 'onlineMeetingInvitationCustomization';
  /** Organization's help page for first-time joiners. */
  enterpriseHelpUrl?: string;
  /** Text for the bottom of the invitation. */
  invitationFooterText?: string;
  /** Default help page. */
  invitationHelpUrl?: string;
  /** Default legal notice page. */
  invitationLegalUrl?: string;
  /** Logo image to show. */
  invitationLogoUrl?: string;
  _links?: {
    self?: Link;
  };
}
