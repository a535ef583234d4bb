/**
 * Vitest setup for the shared project: the crisis screen's learned models are built before any
 * test runs. Vitest runs the sources, with no build whose precomputed models they could read, so
 * the first message screened would train them (seconds): paid here once per worker (its files
 * share its modules), not inside a test that times a turn. Not for the isolated project, whose
 * file replaces a module these import.
 */
import { crisisModel } from '../../src/safety/precomputed-crisis-model.js';

crisisModel('risk');
crisisModel('tier');
