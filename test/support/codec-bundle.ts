/**
 * A small hand-written schema bundle for the codec fixture tests: the same
 * conventions as the generated one (resources with rel const, links single
 * or array, `_embedded` via a `<Type>Embedded` definition, aliases, request
 * bodies), but stable while the real model is being filled in.
 */
import type { SchemaBundle } from '../../src/schema/types.js';
import { createPlanner } from '../../src/schema/plan.js';

const link = { $ref: '#/definitions/Link' };
const links = (single: string[], arrays: string[] = []) => ({
  type: 'object',
  properties: Object.fromEntries([
    ...single.map((r) => [r, link]),
    ...arrays.map((r) => [r, { type: 'array', items: link }]),
  ]),
  additionalProperties: false,
});
const guid = { '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$': { type: 'string' } };

export const codecBundle: SchemaBundle = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'test:codec',
  definitions: {
    Link: {
      type: 'object',
      properties: { href: { type: 'string' }, title: { type: 'string' }, revision: { type: 'string' } },
      required: ['href'],
      additionalProperties: false,
    },
    UcwaDate: { type: 'string', ucwaType: 'date' },
    Integer: { type: 'integer' },
    PropertyBag: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
    WidgetKind: { ucwaKind: 'enum', ucwaPage: 'WidgetKind', type: 'string', enum: ['Small', 'Large'] },
    Widget: {
      ucwaKind: 'resource',
      ucwaPage: 'widget',
      type: 'object',
      properties: {
        rel: { const: 'widget', type: 'string' },
        flag: { type: 'boolean' },
        count: { $ref: '#/definitions/Integer' },
        id: { type: 'string' },
        kind: { $ref: '#/definitions/WidgetKind' },
        created: { $ref: '#/definitions/UcwaDate' },
        tags: { type: 'array', items: { type: 'string' } },
        sizes: { type: 'array', items: { type: 'integer' } },
        times: { type: 'array', items: { $ref: '#/definitions/UcwaDate' } },
        settings: { $ref: '#/definitions/PropertyBag' },
        _links: links(['self', 'owner', 'message'], ['items']),
        _embedded: { $ref: '#/definitions/WidgetEmbedded' },
      },
      additionalProperties: false,
      patternProperties: guid,
    },
    WidgetEmbedded: {
      type: 'object',
      properties: {
        owner: { $ref: '#/definitions/Part' },
        parts: { type: 'array', items: { $ref: '#/definitions/Part' } },
      },
      additionalProperties: false,
    },
    Part: {
      ucwaKind: 'resource',
      ucwaPage: 'part',
      type: 'object',
      properties: {
        rel: { const: 'part', type: 'string' },
        name: { type: 'string' },
        active: { type: 'boolean' },
        _links: links(['self']),
        _embedded: { $ref: '#/definitions/PartEmbedded' },
      },
      additionalProperties: false,
      patternProperties: guid,
    },
    PartEmbedded: {
      type: 'object',
      properties: { subparts: { type: 'array', items: { $ref: '#/definitions/Part' } } },
      additionalProperties: false,
    },
    /** An alias page: same resource as Part under another link name. */
    Owner: { $ref: '#/definitions/Part', ucwaKind: 'resource', ucwaPage: 'owner' },
    /** A placeholder page: no rel const, nothing known. */
    Gadget: { ucwaKind: 'resource', ucwaPage: 'gadget', type: 'object', properties: { rel: { type: 'string' } } },
    WidgetPostInput: {
      ucwaKind: 'request',
      ucwaPage: 'widget',
      ucwaOperation: 'POST',
      type: 'object',
      properties: {
        count: { type: 'integer' },
        flag: { type: 'boolean' },
        to: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        _links: links(['message']),
      },
      additionalProperties: false,
    },
    WidgetPutInput: { $ref: '#/definitions/Widget', ucwaKind: 'request', ucwaPage: 'widget', ucwaOperation: 'PUT' },
  },
};

export const codecPlanner = createPlanner(codecBundle);
