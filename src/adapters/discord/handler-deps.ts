/** What the Discord handlers share. */
import type { ContentCatalog } from '../../content/catalog.js';
import type { Engine } from '../../core/engine.js';
import type { KeyedQueue } from '../../core/keyed-queue.js';
import type { Logger, Store } from '../../core/ports.js';

export interface HandlerDeps {
  engine: Engine;
  store: Store;
  content: ContentCatalog;
  logger: Logger;
  /** One parent's turns are delivered in order, even when Discord hands them over concurrently. */
  queue: KeyedQueue;
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
