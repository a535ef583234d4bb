/** `notes`: the case in order (notes, follow-ups due, daily-log summaries), inline or as a file. */
import { reaskPending } from '../../core/commands.js';
import { textReply } from '../../core/render.js';
import type { ChatCommand } from '../../core/run-context.js';
import { caseNotes } from './case-timeline.js';

/** Long timelines go out as a document rather than a wall of text. */
const INLINE_NOTES_LIMIT = 1500;

export const notes: ChatCommand = (_args, ctx) => {
  const rows = ctx.store.listNotes(ctx.session.userId);
  // The case in order: notes, follow-ups due and daily-log summaries (case-timeline.ts).
  const full = caseNotes(ctx.store, ctx.content, ctx.session.userId, { notes: rows, settingTopics: ctx.settingTopics });
  if (!full) {
    ctx.replies.push(textReply(ctx.content, 'notes.empty'));
  } else {
    if (full.length <= INLINE_NOTES_LIMIT) {
      ctx.replies.push({ type: 'text', key: 'notes.timeline', text: full });
    } else {
      ctx.replies.push(rows.length === 1 ? textReply(ctx.content, 'notes.sent-as-file-one') : textReply(ctx.content, 'notes.sent-as-file', { count: String(rows.length) }));
      ctx.replies.push({
        type: 'document',
        key: 'notes.timeline',
        title: ctx.content.render('notes.document-title'),
        filename: `case-notes-${ctx.day}.md`,
        mime: 'text/markdown',
        body: full,
      });
    }
  }
  reaskPending(ctx);
};
