/**
 * The not-legal-advice note, said once per case. Before any case exists (advice on first
 * contact, a legal question at the menu) it is said once for the parent, and that one counts for
 * the first case they open after it: a parent is not told twice within a minute. A second child's
 * case is a case of its own, and hears it.
 */
import { textReply } from './render.js';
import type { RunContext } from './run-context.js';

/** The parent's flag: the note was said before any case. */
const CASELESS_FLAG = 'disclaimerShown';

export function sayDisclaimerOnce(ctx: RunContext): void {
  const { store, session } = ctx;
  const open = session.caseId === null ? undefined : store.getCase(session.userId, session.caseId);
  if (open) {
    if (open.disclaimerShown) return;
    store.markDisclaimerShown(open.id);
    const saidBefore = store.hasUserFlag(session.userId, CASELESS_FLAG);
    const firstCase = !store.listCases(session.userId).some((c) => c.id !== open.id && c.disclaimerShown);
    if (saidBefore && firstCase) return;
  } else {
    if (store.hasUserFlag(session.userId, CASELESS_FLAG)) return;
    store.setUserFlag(session.userId, CASELESS_FLAG);
  }
  ctx.replies.push(textReply(ctx.content, 'common.disclaimer', {}, session.seq));
}
