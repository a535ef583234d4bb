/** Every feature's flows, in the composition root's order. */
import { FEATURES } from '../../src/app.js';

export const FLOWS = FEATURES.flatMap((f) => f.flows);
