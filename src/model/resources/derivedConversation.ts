import type { Conversation } from './conversation.js';

/**
 * A conversation split off from the current one because an added modality was
 * answered by a different participant (for example through simultaneous
 * ring). Same resource as conversation.
 * @ucwaKind resource
 * @ucwaPage derivedConversation
 */
export type DerivedConversation = Conversation;
