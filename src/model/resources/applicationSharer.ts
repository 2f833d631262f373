import type { Participant } from './participant.js';

/**
 * The participant currently sharing a program or screen in a conversation; absent when
 * nobody shares. A participant resource reached through this link name.
 * @ucwaKind resource
 * @ucwaPage applicationSharer
 */
export type ApplicationSharer = Participant;
