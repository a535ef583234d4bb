/**
 * A legal question asked outright ("can I sue them?", "is this illegal?", "do I need a
 * solicitor?"): information, not legal advice. Who can answer it, for where the family is (the
 * place's `advocate` term, general words until the profile says), and what the dated notes are
 * for. The not-legal-advice note is said once per case, as everywhere (once for the parent before
 * any case); the question in progress is asked again, and nothing of the message is kept.
 */
import { reaskPending } from '../../core/commands.js';
import { textReply } from '../../core/render.js';
import type { ChatCommand } from '../../core/run-context.js';
import { caseProfile } from './profile.js';
import { profileTerms } from './profile-terms.js';

const DISCLAIMER_FLAG = 'disclaimerShown';

export const legal: ChatCommand = (_args, ctx) => {
  const { store, session, content } = ctx;
  const open = session.caseId === null ? undefined : store.getCase(session.userId, session.caseId);
  if (open && !open.disclaimerShown) {
    ctx.replies.push(textReply(content, 'common.disclaimer', {}, session.seq));
    store.markDisclaimerShown(open.id);
  } else if (!open && !store.hasUserFlag(session.userId, DISCLAIMER_FLAG)) {
    ctx.replies.push(textReply(content, 'common.disclaimer', {}, session.seq));
    store.setUserFlag(session.userId, DISCLAIMER_FLAG);
  }
  const advocate = profileTerms(content, caseProfile(store, session.userId, session.caseId)).advocate ?? '';
  ctx.replies.push(textReply(content, 'advice.legal-question', { advocate }, session.seq));
  reaskPending(ctx);
};
