/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage resumeAudioVideo
 */
export interface ResumeAudioVideo {
  rel?: string;
}
