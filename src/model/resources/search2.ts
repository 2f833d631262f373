import type { Search } from './search.js';

/**
 * Second page of the address-book search: the same resource (rel `search`) as `search`,
 * documented again for revision 2 of the API.
 * @ucwaKind resource
 * @ucwaPage search2
 */
export type Search2 = Search;
