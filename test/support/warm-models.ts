/**
 * Vitest setup for the shared project: the crisis screen's learned models are ready before any
 * test runs. Vitest runs the sources, with no build whose precomputed models they could read: the
 * first message screened would train them (seconds), or read what an earlier process of these same
 * sources kept (src/precomputed.ts, `keepComputed`). Paid here once per worker (its files share
 * its modules), not inside a test that times a turn; the child processes tests start with tsx then
 * read what the workers kept. Not for the isolated project, whose file replaces a module these import.
 */
import { crisisModel } from '../../src/safety/precomputed-crisis-model.js';

crisisModel('risk');
crisisModel('tier');
