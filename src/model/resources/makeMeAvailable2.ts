import type { PropertyBag } from '../base.js';
import type { MakeMeAvailable, MakeMeAvailablePostInput } from './makeMeAvailable.js';

/**
 * Second version of makeMeAvailable: the same capability at the same place,
 * whose POST answers 201 with a summary of the queued operations instead of
 * an empty 204.
 * @ucwaKind resource
 * @ucwaPage makeMeAvailable2
 */
export type MakeMeAvailable2 = MakeMeAvailable;

/**
 * Body of `POST makeMeAvailable2`; the parameters are those of version one.
 * @ucwaKind request
 * @ucwaPage makeMeAvailable2
 * @ucwaOperation POST
 */
export type MakeMeAvailable2PostInput = MakeMeAvailablePostInput;

/**
 * Answer (201) to `POST makeMeAvailable2`. Not a UCWA resource: a plain
 * object with one entry per queued operation telling whether the server took
 * it, and `null` for entries it has nothing to say about (the only value the
 * reference shows). In XML it is serialized outside the UCWA namespace as
 * `<operationsQueued><operations><operation xsi:nil="true"/></operations></operationsQueued>`.
 * @ucwaKind response
 * @ucwaPage makeMeAvailable2
 * @ucwaOperation POST
 */
export interface MakeMeAvailable2PostResponse {
  operations?: (PropertyBag | null)[];
}
