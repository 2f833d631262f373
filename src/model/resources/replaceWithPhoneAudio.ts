/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage replaceWithPhoneAudio
 */
export interface ReplaceWithPhoneAudio {
  rel?: string;
}
