/**
 * Commands a parent can use at any moment (typed, slash commands, or menu choices).
 * Registered here, in one index.
 */
import type { EngineDeps } from './engine.js';
import type { NoteRow } from './ports.js';
import { reask, startFlow, type RunContext } from './flow-runner.js';
import { textReply } from './render.js';
import { chart, checkin, checkinPrompt, log, summary } from '../features/daily-log/chat-commands.js';
import { exportCommand, followupDays, followupReminder, forget, keep, letter, replied, sent } from '../features/case-file/chat-commands.js';
import { caseNotes } from '../features/case-file/case-timeline.js';
import { dayLabel, ISO_DATE } from '../features/daily-log/dates.js';

export const COMMAND_NAMES = ['help', 'notes', 'restart', 'start', 'say', 'log', 'checkin', 'summary', 'chart', 'checkin-prompt', 'letter', 'keep', 'sent', 'replied', 'followup-days', 'followup-reminder', 'export', 'forget', 'profile'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

type Command = (args: string, ctx: RunContext, deps: EngineDeps) => void;

/** Long timelines go out as a document rather than a wall of text. */
const INLINE_NOTES_LIMIT = 1500;

/** Back to where the parent was: the pending question, or the menu. */
function reaskPending(ctx: RunContext): void {
  if (!reask(ctx)) startFlow(ctx, 'home');
}

const help: Command = (_args, ctx, deps) => {
  ctx.replies.push(textReply(deps.content, 'help.text'));
  reaskPending(ctx);
};

const notes: Command = (_args, ctx, deps) => {
  const rows = deps.store.listNotes(ctx.session.userId);
  // The case in order: notes, follow-ups due and daily-log summaries (src/features/case-file/case-timeline.ts).
  const full = caseNotes(deps.store, deps.content, ctx.session.userId, rows);
  if (!full) {
    ctx.replies.push(textReply(deps.content, 'notes.empty'));
  } else {
    if (full.length <= INLINE_NOTES_LIMIT) {
      ctx.replies.push({ type: 'text', key: 'notes.timeline', text: full });
    } else {
      ctx.replies.push(rows.length === 1 ? textReply(deps.content, 'notes.sent-as-file-one') : textReply(deps.content, 'notes.sent-as-file', { count: String(rows.length) }));
      ctx.replies.push({
        type: 'document',
        key: 'notes.timeline',
        title: deps.content.render('notes.document-title'),
        filename: `case-notes-${ctx.now.toISOString().slice(0, 10)}.md`,
        mime: 'text/markdown',
        body: full,
      });
    }
  }
  reaskPending(ctx);
};

const restart: Command = (_args, ctx) => {
  startFlow(ctx, 'home');
};

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

const say: Command = (args, ctx) => {
  const resume = interrupted(ctx);
  if (args) {
    startFlow(ctx, 'say-next', { statement: args, ...resume });
    return;
  }
  const recent = recentStatement(ctx);
  startFlow(ctx, 'say-next', { ...(recent ? { recent } : {}), ...resume });
};

/** "Change profile": the case profile asked again, its answers kept until changed. */
const profile: Command = (_args, ctx) => {
  startFlow(ctx, 'profile');
};

export const COMMANDS: Record<CommandName, Command> = {
  profile,
  help,
  notes,
  restart,
  start: restart,
  say,
  log,
  checkin,
  summary,
  chart,
  'checkin-prompt': checkinPrompt,
  letter,
  keep,
  sent,
  replied,
  'followup-days': followupDays,
  'followup-reminder': followupReminder,
  export: exportCommand,
  forget,
};

export function runCommand(name: CommandName, args: string, ctx: RunContext, deps: EngineDeps): void {
  COMMANDS[name](args, ctx, deps);
}
