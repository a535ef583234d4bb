/** Shared by the daily-log CLI commands: which child, date options, JSON numbers. */
import type { CaseRow, Store } from '../core/ports.js';
import { isIsoDate } from '../features/daily-log/dates.js';
import { CliError, UsageError } from './io.js';

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

/** A named child who is not there is a mistake, said the same way by every command. */
export function requireChild(store: Store, userId: string, nickname: string | undefined, found: CaseRow | undefined): void {
  if (!nickname || found) return;
  throw noChildCalled(store, userId, nickname);
}

/** The child a command must have (forget --child): the case found, else a clean rejection naming the parent's children (review19 R13). */
export function theChild(store: Store, userId: string, nickname: string, found: CaseRow | undefined): CaseRow {
  if (found) return found;
  throw noChildCalled(store, userId, nickname);
}

function noChildCalled(store: Store, userId: string, nickname: string): CliError {
  const known = store.listCases(userId).map((c) => c.nickname);
  return new CliError(`no child called "${nickname}" for "${userId}" (known: ${known.join(', ') || 'none yet'})`);
}

export function optionalDate(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`--${name} must be a date like 2026-11-24`);
  return v;
}

export function dateRange(o: { from?: string | undefined; to?: string | undefined }): { from: string | undefined; to: string | undefined } {
  const from = optionalDate(o.from, 'from');
  const to = optionalDate(o.to, 'to');
  if (from && to && from > to) throw new UsageError('--from is after --to');
  return { from, to };
}

/** Numbers in JSON as a person reads them: at most 3 decimals (0.667, not 0.6666666666666666). */
export function roundNumbers<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v))) as T;
}
