/**
 * The crisis screen's values as zod schemas, built from the sources' own (review20 R9): a kept
 * result (kept-answers.ts) that no longer fits the screen's types is refused, never read back as
 * if it did. No cast: each schema type-checks against the type it stands for.
 */
import * as z from 'zod';
import { CRISIS_FAMILIES } from '../../src/safety/crisis-words.js';
import type { CrisisKind } from '../../src/safety/crisis-screen.js';

/** A warning-sign family, or the learned layer's own. */
export const familySchema = z.enum([...CRISIS_FAMILIES, 'learned']);

/** Every kind, once: a kind added to `CrisisKind` and not here fails the type check. */
const KINDS: { [K in CrisisKind]: K } = { child_self_harm: 'child_self_harm', abuse: 'abuse', parent_crisis: 'parent_crisis', danger: 'danger' };
export const kindSchema = z.enum(KINDS);
