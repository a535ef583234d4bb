/**
 * A copy the parent exported is theirs (the fifteenth walk, W15-4: the bot said "If you'd like a
 * copy first, choose "No" and type export", then erased that copy with everything else). The
 * console saves exports in a folder of the parent's own under `<data dir>/exports/`, which
 * `forget` never touches, and says where it is: when it saves one, when "Erase everything?" is
 * asked (or one child's), and once it is erased.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { ContentCatalog } from '../../content/catalog.js';
import type { Reply } from '../../core/types.js';
import { userFilesDir } from '../../core/user-files.js';

/** When the parent should hear where their copies are: asked to erase everything, or told it is done. */
const BEFORE = new Set(['case-file.forget.confirm', 'case-file.forget.confirm-children', 'case-file.forget-child.confirm', 'case-file.forget-child.confirm-only']);
const AFTER = new Set(['case-file.forget.done', 'case-file.forget.finished', 'case-file.forget.pending', 'case-file.forget-child.done', 'case-file.forget-child.done-only', 'case-file.forget-child.pending', 'case-file.forget-child.finished']);

function holdsFiles(dir: string): boolean {
  try {
    return existsSync(dir) && readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** The line to print under this turn about the parent's copies, if any (null: nothing to say). */
export function copiesLine(replies: readonly Reply[], copiesDir: string | undefined, user: string, content: ContentCatalog): string | null {
  if (copiesDir === undefined) return null;
  const when = replies.some((r) => BEFORE.has(r.key)) ? 'before-forget' : replies.some((r) => AFTER.has(r.key)) ? 'after-forget' : null;
  if (when === null) return null;
  const folder = userFilesDir(copiesDir, user);
  return holdsFiles(folder) ? content.render(`console.copies.${when}`, { folder }) : null;
}
