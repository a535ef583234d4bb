/**
 * Which of a parent's replies not yet shown are about one child, when that child is erased (both
 * stores). The outbox does not record which child a turn was about, so this decides by what the
 * replies hold: a file tied to the child's case (`caseId` on a document or image), or the child's
 * name as a word anywhere in what would be shown (text, buttons, a document's title and body, an
 * image's description). A reply about another child, or the parent's own (a check-in time set),
 * is kept and still shown. Replies that cannot be read cannot be shown either: they go.
 */
import type { Reply } from '../../core/types.js';

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a reply a parent would see. */
function shownWords(r: Reply): string[] {
  switch (r.type) {
    case 'text':
    case 'move_private':
      return [r.text, 'sharedText' in r ? (r.sharedText ?? '') : ''];
    case 'question':
      return [r.text, r.sharedText ?? '', r.hint ?? '', ...r.choices.map((c) => c.label)];
    case 'document':
      return [r.title, r.filename, r.body];
    case 'image':
      return [r.alt, r.filename];
  }
}

/** Whether these replies are about the child (`caseId`, called `names`: the nickname as kept). */
export function repliesAboutChild(replies: readonly Reply[], caseId: number, names: readonly string[]): boolean {
  const named = names.map((n) => n.trim()).filter((n) => n.length > 0);
  const word = named.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${named.map(escaped).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
  return replies.some((r) => ((r.type === 'document' || r.type === 'image') && r.caseId === caseId) || (word !== null && shownWords(r).some((w) => word.test(w))));
}

/** The event ids of undelivered turns to delete: those about the child, and those that cannot be read. */
export function turnsAboutChild(rows: readonly { event_id: string; replies: string }[], open: (sealed: string) => Reply[], caseId: number, names: readonly string[]): string[] {
  return rows
    .filter((row) => {
      try {
        return repliesAboutChild(open(row.replies), caseId, names);
      } catch {
        return true;
      }
    })
    .map((row) => row.event_id);
}
