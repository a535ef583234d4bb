/**
 * `say` ("what do I say next?"): from the school's words given with it, else from the last thing
 * the school said as noted; a question in progress is put aside and come back to afterwards.
 */
import { startFlow, type RunContext } from '../../core/flow-runner.js';
import type { NoteRow } from '../../core/ports.js';
import type { ChatCommand } from '../../core/run-context.js';
import { dayLabel, ISO_DATE } from '../daily-log/dates.js';

/** How far back "what do I say next?" looks for the last thing the school said. */
const RECENT_STATEMENT_DAYS = 60;

/**
 * The last thing the school said, as noted (this child's when a case is open), if recent enough:
 * a statement, or their reply to a request when the parent gave its words.
 */
function recentStatement(ctx: RunContext): { text: string; when: string } | null {
  const caseId = ctx.session.caseId;
  const notes = ctx.store.listNotes(ctx.session.userId, caseId !== null ? { caseId } : {});
  const noWords = ctx.content.render('case-file.replied.no-details');
  const theirWords = (n: NoteRow) => n.kind === 'statement' || (n.kind === 'response' && n.text !== noWords && !ctx.content.has(n.text.trim()));
  const last = notes.filter(theirWords).at(-1);
  if (!last || ctx.now.getTime() - new Date(last.at).getTime() > RECENT_STATEMENT_DAYS * 86_400_000) return null;
  const day = last.saidOn && ISO_DATE.test(last.saidOn) ? last.saidOn : last.at.slice(0, 10);
  return { text: last.text, when: dayLabel(day) };
}

/** Dialogues not worth coming back to: the menu, and a confirmation to erase everything. */
const NOT_RESUMED = new Set(['home', 'forget']);

/**
 * A question-in-progress that "what do I say next?" interrupts, to come back to afterwards. Asked
 * again inside "what do I say next?", the conversation that one was going back to is kept.
 */
function interrupted(ctx: RunContext): Record<string, unknown> {
  const s = ctx.session;
  if (s.flowId === 'say-next') {
    const carried = s.snapshot?.context['resume'];
    return carried ? { resume: carried } : {};
  }
  if (!s.flowId || NOT_RESUMED.has(s.flowId) || !s.snapshot || !s.pending) return {};
  return { resume: { flowId: s.flowId, flowVersion: s.flowVersion, snapshot: s.snapshot, pending: s.pending } };
}

export const say: ChatCommand = (args, ctx) => {
  const resume = interrupted(ctx);
  if (args) {
    startFlow(ctx, 'say-next', { statement: args, ...resume });
    return;
  }
  const recent = recentStatement(ctx);
  startFlow(ctx, 'say-next', { ...(recent ? { recent } : {}), ...resume });
};
