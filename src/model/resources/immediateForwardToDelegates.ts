/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage immediateForwardToDelegates
 */
export interface ImmediateForwardToDelegates {
  rel?: string;
}
