import type { Applications, ApplicationsPostInput } from './applications.js';

/**
 * Second page for the `applications` entry point, documenting its GET: the list of the
 * user's registered applications, each embedded in full. Same resource as `applications`.
 * @ucwaKind resource
 * @ucwaPage applications2
 */
export type Applications2 = Applications;

/**
 * Body of `POST applications` as shown on the `applications2` page (its table says "None",
 * but the examples send the same registration body as the `applications` page).
 * @ucwaKind request
 * @ucwaPage applications2
 * @ucwaOperation POST
 */
export type Applications2PostInput = ApplicationsPostInput;
