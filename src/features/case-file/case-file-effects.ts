/**
 * How the engine carries out the case file's effects (flows/case-file/case-file-effects.ts): a letter
 * filled from the notes, closing follow-ups when the school answers, and erasing a parent once
 * the turn that confirmed it has committed. Registered in src/core/effects/index.ts.
 */
import type { CloseFollowupsParams, DraftFromNotesParams } from '../../../flows/case-file/case-file-effects.js';
import { draft } from '../../core/effects/core-effects.js';
import type { EffectHandler } from '../../core/effects/effect-handler.js';
import { textReply } from '../../core/render.js';
import { caseFacts, letterVarsFromNotes } from './letter-from-notes.js';
import { isLetterKind } from './letter-kinds.js';

/** A letter filled from the notes, sent and kept like any other draft. */
export const draftFromNotes: EffectHandler = (ctx, params) => {
  const p = params as DraftFromNotesParams;
  if (!isLetterKind(p.kind)) throw new Error(`unknown letter ${String(p.kind)}`);
  const facts = caseFacts(ctx.store, ctx.session.userId, ctx.session.caseId);
  const vars = letterVarsFromNotes(ctx.store, ctx.content, p.kind, facts, ctx.now);
  const filled: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) if (v) filled[k] = v;
  return draft(ctx, { template: p.kind, vars: filled });
};

/** The school answered: nothing more to chase for this child. */
export const closeFollowups: EffectHandler = (ctx, params) => {
  const p = params as CloseFollowupsParams;
  ctx.store.requests.closeFollowups(ctx.session.userId, p.status, ctx.now.toISOString(), { caseId: ctx.session.caseId });
};

/**
 * Erasing cannot happen inside the turn's transaction (VACUUM, WAL truncation), and the turn
 * itself writes the session and the outbox: so it runs once the turn has committed, and takes
 * those rows too. "Erased" is said only once the words are gone from every file. When another
 * connection holds the WAL, the rows are gone but the files still hold the words: the parent is
 * told it will finish shortly, and told again (a notice, never stored) when it has.
 */
export const eraseEverything: EffectHandler = (ctx) => {
  const { store, content } = ctx;
  const userId = ctx.session.userId;
  const work = () => {
    try {
      const report = store.requests.erase(userId);
      if (report.walTruncated) return [textReply(content, 'case-file.forget.done')];
      ctx.notifyLater?.(userId, store.requests.settleErase().then(() => [textReply(content, 'case-file.forget.finished')]));
      return [textReply(content, 'case-file.forget.pending')];
    } catch {
      return [textReply(content, 'case-file.forget.failed')];
    }
  };
  if (ctx.afterCommit) ctx.afterCommit.push(work);
  else throw new Error('erasing needs an engine that runs work after commit');
};
