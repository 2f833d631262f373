/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage muteVideo
 */
export interface MuteVideo {
  rel?: string;
}
