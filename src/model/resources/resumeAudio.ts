/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage resumeAudio
 */
export interface ResumeAudio {
  rel?: string;
}
