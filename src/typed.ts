/**
 * Typed views of the model for client code: which type a rel stands for
 * (ResourceByRel, generated), the event channel with each embedded resource
 * typed by its rel, and the signatures of the decoders that narrow their
 * result when the `resource` option names a rel or `events`.
 *
 * Types only, and one cast at the library's entry (src/index.ts): the
 * decoders are the same functions. A decoder types the values by the schema
 * of the type it is given, but does not validate: `isResource(value, rel)`
 * (or `validate`) says whether a value really is that resource.
 */
import type { DecodeOptions } from './codec/options.js';
import type { ResourceByRel, ResourceRel } from './generated/resource-by-rel.js';
import type { EventSender, Events, UcwaEvent } from './model/index.js';

export type { ResourceByRel, ResourceRel };

/** Resources keyed by their rel, each typed as its rel's model type: what an event embeds. */
export type EmbeddedByRel = { [R in ResourceRel]?: ResourceByRel[R] };

/**
 * One event of the channel, with its embedded resource typed by its rel:
 * `event._embedded?.note` is a `Note`. (The key is the rel of the event's
 * link; a rel the model does not know is a validation warning, and this
 * view has no key for it.)
 */
export interface TypedEvent extends Omit<UcwaEvent, '_embedded'> {
  _embedded?: EmbeddedByRel;
}

/** A sender of the event channel whose events are typed by rel. */
export interface TypedEventSender extends Omit<EventSender, 'events'> {
  events?: TypedEvent[];
}

/** The event channel (`Events`) with every event typed by its rel. */
export interface TypedEvents extends Omit<Events, 'sender'> {
  sender?: TypedEventSender[];
}

/** What a `resource` option narrows a decoded value to: a rel's resource, or `events` for the event channel. */
export type DocumentByName = ResourceByRel & { events: TypedEvents };

/** The names the typed decoders narrow on: every rel, and `events`. */
export type DocumentName = keyof DocumentByName;

/** Decoder options that name the document's type, so the result is typed. */
export type TypedDecodeOptions<N extends DocumentName> = DecodeOptions & { resource: N };

/** Signature of decodeXml / decodeJson: typed when `resource` names a rel (or `events`), else `unknown`. */
export interface TypedDecoder<Input> {
  /**
   * Decodes a UCWA body as the resource of rel `resource` (or the event
   * channel): the result has that model type. The value is not validated:
   * use `isResource` or `validate` for input you do not trust.
   */
  <N extends DocumentName>(input: Input, options: TypedDecodeOptions<N>): DocumentByName[N];
  /** Decodes a UCWA body into the JSON value UCWA would have sent; its type is told by validating it (`isResource`). */
  (input: Input, options?: DecodeOptions): unknown;
}

/** Signature of normalize: typed like the decoders when `resource` names a rel (or `events`). */
export interface TypedNormalize<Body> {
  /** A body and its Content-Type -> the value, typed as the resource of rel `resource` (not validated). */
  <N extends DocumentName>(body: Body, contentType: string, options: TypedDecodeOptions<N>): DocumentByName[N];
  /** A body (string or bytes) and its Content-Type -> the JSON value, whichever form came in. */
  (body: Body, contentType: string, options?: DecodeOptions): unknown;
}
