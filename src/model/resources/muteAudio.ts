/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage muteAudio
 */
export interface MuteAudio {
  rel?: string;
}
