import type { Link } from '../base.js';
import type { ErrorBody } from '../errors.js';

/**
 * One response of the event channel (a pending GET on the application's
 * events link): the events the server queued since the last
 * acknowledged response, grouped by the resource that sent them. In XML the
 * root is `<events href>`, whose `href` is the self link.
 * @ucwaKind events
 * @ucwaPage events
 */
export interface Events {
  _links?: EventsLinks;
  /** Blocks of events, one per sender; a sender may occur more than once to keep the order. */
  sender?: EventSender[];
}

/**
 * Links of an event channel response. Exactly one of `next`, `resume` and
 * `resync` tells the client where to send its next pending GET.
 */
export interface EventsLinks {
  self?: Link;
  /** Where to wait for the next batch of events (acknowledges this one). */
  next?: Link;
  /** Like `next`, after the server dropped conversations and subscriptions of an idle application. */
  resume?: Link;
  /** The only link of a response to an out-of-order acknowledgement: where the unacknowledged events are. */
  resync?: Link;
}

/** The resource that sent a group of events, with those events in order. */
export interface EventSender {
  /** Relation of the sender (`communication`, `conversation`, `me`, ...). */
  rel: string;
  href: string;
  title?: string;
  events?: UcwaEvent[];
}

/** What happened to a resource (added/updated/deleted) or an operation (started/updated/completed). */
export type EventType = 'added' | 'updated' | 'deleted' | 'started' | 'completed';

/** A link inside an event: the relation is part of the link itself. */
export interface EventLink {
  rel: string;
  href: string;
  title?: string;
  revision?: string;
}

/**
 * One event: the resource it is about, the kind of change, and possibly the
 * resource's new content. In XML the event is an element named after its
 * type, carrying the link's `rel`/`href`/`title` as attributes.
 */
export interface UcwaEvent {
  /** The resource the event is about. */
  link: EventLink;
  /** The collection the resource joined or left, when it can belong to several. */
  in?: EventLink;
  type: EventType;
  /** Outcome of a completed operation; a failure carries a `reason`. */
  status?: 'Success' | 'Failure';
  /** Why an operation failed or why the server changed the resource. */
  reason?: ErrorBody;
  /** The resource's content, keyed by the event link's rel. */
  _embedded?: EventEmbedded;
}

/**
 * The resource embedded in an event, under its link relation. Its type
 * depends on that relation, so the codecs look it up by rel at run time.
 */
export interface EventEmbedded {
  [rel: string]: EmbeddedResource;
}

/** A resource of any type, as embedded in an event. */
export interface EmbeddedResource {
  rel?: string;
  [name: string]: unknown;
}
