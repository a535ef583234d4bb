/**
 * A legal question asked outright ("can I sue them?", "is this illegal?", "do I need a
 * solicitor?"): information, not legal advice. Who can answer it, for where the family is (the
 * place's `advocate` term, general words until the profile says), and what the dated notes are
 * for. The not-legal-advice note is said once per case, as everywhere (once for the parent before
 * any case); the question in progress is asked again, and nothing of the message is kept. A fear
 * of what the law may do to the family ("are we going to get prosecuted?") is met kindly first.
 */
import { reaskPending } from '../../core/commands.js';
import { sayDisclaimerOnce } from '../../core/disclaimer.js';
import { textReply } from '../../core/render.js';
import type { ChatCommand } from '../../core/run-context.js';
import { caseProfile } from './profile.js';
import { profileTerms } from './profile-terms.js';

export const legal: ChatCommand = (args, ctx) => {
  const { store, session, content } = ctx;
  sayDisclaimerOnce(ctx);
  const advocate = profileTerms(content, caseProfile(store, session.userId, session.caseId)).advocate ?? '';
  // A fear named ("are we going to get prosecuted?"): met kindly first (W14-6); the message is still not kept.
  ctx.replies.push(textReply(content, args.trim() ? 'advice.legal-question.fear' : 'advice.legal-question', { advocate }, session.seq));
  reaskPending(ctx);
};
