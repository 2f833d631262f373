/** Shape of the generated schema bundle, as the run-time layers read it. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  pattern?: string;
  maxLength?: number;
  /** resource | request | error | events | enum | ... */
  ucwaKind?: string;
  /** Reference page the type comes from (`note`, `NoteType`). */
  ucwaPage?: string;
  /** `date` for UCWA dates. */
  ucwaType?: string;
  /** HTTP method of a request body (`POST`, `PUT`). */
  ucwaOperation?: string;
  /** Media type of a request body that is not UCWA JSON/XML (`application/sdp`, `text/plain`). */
  ucwaContentType?: string;
  [keyword: string]: unknown;
}

export interface SchemaBundle {
  $schema: string;
  $id: string;
  $comment?: string;
  definitions: Record<string, JsonSchema>;
}

/** One body type of the shape index (src/generated/shape-index.ts): the names a body of that type may carry. */
export interface ShapeEntry {
  /** Definition name (aliases are left out: they name the same shape). */
  type: string;
  /** ucwaKind: resource, request, options or response. */
  kind: string;
  /** A resource real servers send without a rel (`@ucwaWithoutRel`), such as the discovery root. */
  withoutRel?: true;
  /** Property names, `rel` left out, sorted. */
  properties: string[];
  /** Properties a body of the type must carry. */
  required: string[];
  /** Names under `_links`. */
  links: string[];
  /** Names under `_embedded`. */
  embedded: string[];
}

export interface ShapeIndex {
  entries: ShapeEntry[];
}
