import type { PhoneAudio } from './phoneAudio.js';

/**
 * The phone audio that an invitation will take the place of once it
 * succeeds; the server sends the phoneAudio resource itself.
 * @ucwaKind resource
 * @ucwaPage replacesPhoneAudio
 */
export type ReplacesPhoneAudio = PhoneAudio;
