/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onBehalfOf
 */
export interface OnBehalfOf {
  rel?: string;
}
