/** The six "kind of no" flows, one per category: triage hands over to `no.<category>`. */
import type { KindOfNoFlow } from './kind-of-no.js';
import { noDataFlow } from './no-data.flow.js';
import { noNotAvailableFlow } from './no-not-available.flow.js';
import { noOtherFlow } from './no-other.flow.js';
import { noPrecedentFlow } from './no-precedent.flow.js';
import { noPredeterminationFlow } from './no-predetermination.flow.js';
import { noResourcesFlow } from './no-resources.flow.js';

export const KIND_OF_NO_FLOWS: readonly KindOfNoFlow[] = [noDataFlow, noResourcesFlow, noPrecedentFlow, noNotAvailableFlow, noPredeterminationFlow, noOtherFlow];
