/** Shared by the daily-log CLI commands: which child, and date options. */
import type { CaseRow, Store } from '../core/ports.js';
import { isIsoDate } from '../features/daily-log/dates.js';
import { UsageError } from './io.js';

/**
 * The child a command is about: `--child NICKNAME` (matched without regard to case), else the
 * parent's only or first case. With `create`, a missing child is created ("my child" when no
 * name was given), so an import always has somewhere to go.
 */
export function pickCase(store: Store, userId: string, nickname: string | undefined, at: string, create: boolean): CaseRow | undefined {
  const cases = store.listCases(userId);
  if (nickname) {
    const found = cases.find((c) => c.nickname.trim().toLowerCase() === nickname.trim().toLowerCase());
    if (found || !create) return found;
    return store.openCase(userId, nickname, at);
  }
  if (cases[0] || !create) return cases[0];
  return store.openCase(userId, 'my child', at);
}

export function optionalDate(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`--${name} must be a date like 2026-11-24`);
  return v;
}
