/** Vitest setup: every fast-check property uses the seed chosen in fc-seed.ts. */
import fc from 'fast-check';
import { fcSeed } from './fc-seed.js';

fc.configureGlobal({ ...fc.readConfigureGlobal(), ...fcSeed() });
