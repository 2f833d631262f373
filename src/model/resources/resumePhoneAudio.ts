/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage resumePhoneAudio
 */
export interface ResumePhoneAudio {
  rel?: string;
}
