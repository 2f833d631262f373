/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage unansweredCallToContact
 */
export interface UnansweredCallToContact {
  rel?: string;
}
