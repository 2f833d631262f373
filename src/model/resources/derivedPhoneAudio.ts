import type { PhoneAudio } from './phoneAudio.js';

/**
 * The phone-audio modality of a derived conversation, used when the call was
 * accepted by someone other than the conversation's current remote
 * participant. Same resource as phoneAudio.
 * @ucwaKind resource
 * @ucwaPage derivedPhoneAudio
 */
export type DerivedPhoneAudio = PhoneAudio;
