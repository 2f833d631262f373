/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage phoneDialInInformation
 */
export interface PhoneDialInInformation {
  rel?: string;
}
