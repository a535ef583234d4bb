/** What the Discord handlers share. */
import type { ContentCatalog } from '../../content/catalog.js';
import type { Outbox } from '../../core/outbox.js';
import type { Clock, Logger, Store } from '../../core/ports.js';

export interface HandlerDeps {
  /** Core's outbox: every turn goes through it (once per id, in the parent's order, acknowledged when sent). */
  outbox: Outbox;
  /** The parent's pending question and question record, for clicks: all Discord reads of the store. */
  store: Pick<Store, 'questionPosts' | 'getSession'>;
  clock: Clock;
  content: ContentCatalog;
  logger: Logger;
}

/** Error fields safe to log: a name and Discord's codes, never a message that might quote the parent. */
export function errorInfo(err: unknown): { err: string; code?: string | number; status?: number } {
  if (!(err instanceof Error)) return { err: typeof err };
  const e = err as Error & { code?: unknown; status?: unknown };
  return {
    err: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
  };
}
