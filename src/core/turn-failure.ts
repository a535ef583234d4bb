/**
 * A turn that threw: its transaction rolled back, so nothing is half-written. The parent is told
 * kindly; the log names where it failed, never what was typed (error messages can quote the input:
 * JSON.parse, zod, a flow's own throw).
 */
import type { ContentCatalog } from '../content/catalog.js';
import { errorFields } from '../security/safe-log.js';
import type { Logger } from './ports.js';
import { textReply } from './render.js';
import type { Reply } from './types.js';

/** SQLite's SQLITE_FULL, or the file system's own "no space" (ENOSPC, or a quota: EDQUOT). */
function isDiskFull(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Logs a failed turn (no text) and returns the reply the parent gets. */
export function failedTurnReply(err: unknown, channel: string, logger: Logger, content: ContentCatalog): Reply[] {
  if (isDiskFull(err)) {
    // Named for the operator (who can free space) and told kindly to the parent.
    logger.error({ ...errorFields(err), kind: 'disk-full', channel }, 'turn failed: disk full');
    return [textReply(content, 'engine.disk-full')];
  }
  logger.error({ ...errorFields(err), channel }, 'turn failed');
  return [textReply(content, 'engine.error')];
}
