/**
 * Every crisis rule, in the order the screen checks them; the first match that is not an
 * allowed idiom decides. Clear risk before possible risk, so a message with both gets the
 * crisis reply. Within a tier: danger first so the emergency number leads; abuse before
 * self-harm so a child being hurt gets the child-protection lines; the child before the parent,
 * so a parent quoting their child ("she said 'I want to die'") reads as the child's crisis; a
 * phrase with no subject at all last.
 */
import {
  ABUSE_RULES,
  CHILD_RULES,
  CHILD_UNATTRIBUTED_RULES,
  DANGER_RULES,
  PARENT_RULES,
  PARENT_UNATTRIBUTED_RULES,
} from './crisis-patterns.js';
import { INDIRECT_CLEAR, INDIRECT_LAST, INDIRECT_POSSIBLE } from './crisis-indirect.js';
import { POSSIBLE } from './crisis-possible.js';
import { ABUSE_SIGNS, DANGER_NOW_SIGNS, WARNING_SIGNS } from './crisis-warning-signs.js';
import type { CrisisRule } from './crisis-words.js';

export { ALLOW } from './crisis-idioms.js';
export type { CrisisFamily, CrisisKind, CrisisRule, CrisisTier } from './crisis-words.js';

type Tables = ReadonlyArray<{ child: CrisisRule[]; parent: CrisisRule[]; bare: CrisisRule[] }>;
const byPerson = (tables: Tables): CrisisRule[] => [
  ...tables.flatMap((t) => t.child),
  ...tables.flatMap((t) => t.parent),
  ...tables.flatMap((t) => t.bare),
];

const signs: Tables = [...WARNING_SIGNS, ...INDIRECT_CLEAR];

export const RULES: readonly CrisisRule[] = [
  ...DANGER_RULES,
  ...byPerson([DANGER_NOW_SIGNS]),
  ...ABUSE_RULES,
  ...byPerson([ABUSE_SIGNS]),
  ...CHILD_RULES,
  ...signs.flatMap((t) => t.child),
  ...PARENT_RULES,
  ...signs.flatMap((t) => t.parent),
  ...CHILD_UNATTRIBUTED_RULES,
  ...PARENT_UNATTRIBUTED_RULES,
  ...signs.flatMap((t) => t.bare),
  ...byPerson([...POSSIBLE, ...INDIRECT_POSSIBLE]),
  ...byPerson(INDIRECT_LAST),
];
