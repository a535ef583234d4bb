/** The effects every flow can emit: words, questions, notes, classification, letters, cases. */
import type {
  AskParams,
  Classification,
  ClassifyParams,
  DraftParams,
  NoteParams,
  OpenCaseParams,
  SayParams,
} from '../flow-kit.js';
import { questionReply, textReply } from '../render.js';
import type { RunContext } from '../flow-runner.js';
import type { EffectHandler } from './effect-handler.js';
import { withLogEvidence } from '../../features/case-file/letter-from-notes.js';
import { isIsoDate, readableDate } from '../../features/daily-log/dates.js';
import { withProfileTerms } from '../../features/advice/profile-terms.js';

export const say: EffectHandler = (ctx, params) => {
  const p = params as SayParams;
  ctx.replies.push(textReply(ctx.content, p.key, p.vars ?? {}, ctx.session.seq));
};

/** Sets the pending question (re-asked after a restart) and mints its prompt id. */
export const ask: EffectHandler = (ctx, params) => {
  const p = params as AskParams;
  const s = ctx.session;
  s.seq += 1;
  s.pending = {
    promptId: `q${s.seq}`,
    key: p.key,
    vars: p.vars ?? {},
    choices: p.choices ?? [],
    freeText: p.freeText ?? (p.choices ?? []).length === 0,
  };
  ctx.replies.push(questionReply(ctx.content, s.pending));
};

/**
 * Flows may record a button answer or a standard piece of advice by its content key; the note
 * keeps the words, so the record reads the same in exports and after content changes.
 */
function words(ctx: RunContext, value: string): string {
  return ctx.content.has(value) && ctx.content.varsOf(value).length === 0 ? ctx.content.render(value) : value;
}

/**
 * The not-legal-advice note is said once per case (see openCase); advice given before any case
 * exists ("what do I say next?" on first contact) says it once for the parent instead.
 */
function ensureCaselessDisclaimer(ctx: RunContext): void {
  if (ctx.session.caseId !== null || ctx.store.hasUserFlag(ctx.session.userId, 'disclaimerShown')) return;
  ctx.replies.push(textReply(ctx.content, 'common.disclaimer', {}, ctx.session.seq));
  ctx.store.setUserFlag(ctx.session.userId, 'disclaimerShown');
}

/** Before advice: the not-legal-advice note first, where it has not been said yet. */
export const disclaim: EffectHandler = (ctx) => {
  ensureCaselessDisclaimer(ctx);
};

export const note: EffectHandler = (ctx, params) => {
  const p = params as NoteParams;
  if (p.kind === 'advice' || p.kind === 'next_step') ensureCaselessDisclaimer(ctx);
  ctx.store.addNote({
    userId: ctx.session.userId,
    caseId: ctx.session.caseId,
    kind: p.kind,
    topic: p.topic,
    text: words(ctx, p.text),
    category: p.category,
    who: p.who === undefined ? undefined : words(ctx, p.who),
    saidOn: p.said_on,
    due: p.due,
    at: ctx.now.toISOString(),
  });
};

/** Runs the local classifier and feeds the result straight back to the flow. */
export const classify: EffectHandler = (ctx, params) => {
  const p = params as ClassifyParams;
  const r = ctx.classifier.classify(p.text);
  const result: Classification = { ...r, confident: ctx.classifier.isConfident(r) };
  return [{ type: 'CLASSIFIED', result, at: ctx.now.toISOString() }];
};

/**
 * Fills a letter template and sends it as a document. It goes into the notes (and so the
 * packet) only when the parent keeps it or says it is sent: the menu that follows asks.
 */
export const draft: EffectHandler = (ctx, params) => {
  const p = params as DraftParams;
  const at = ctx.now.toISOString();
  // Dates in a letter are written out ("5 November 2026"), as in the evidence packet.
  const vars = Object.fromEntries(Object.entries(p.vars).map(([k, v]) => [k, isIsoDate(v) ? readableDate(v) : v]));
  const letter = ctx.content.renderLetter(p.template, withProfileTerms(ctx, p.template, withLogEvidence(ctx, p.template, vars)));
  ctx.drafted = p.template;
  ctx.replies.push({
    type: 'document',
    key: `letter.${p.template}`,
    title: letter.title,
    filename: `${p.template}-${at.slice(0, 10)}.md`,
    mime: 'text/markdown',
    body: letter.body,
  });
  ctx.store.addUnkeptDraft({ userId: ctx.session.userId, caseId: ctx.session.caseId, kind: 'draft', topic: `letter.${p.template}`, text: letter.body, at });
};

/** Opens (or finds) the child's case; the not-legal-advice note is said once per case. */
export const openCase: EffectHandler = (ctx, params) => {
  const p = params as OpenCaseParams;
  const c = ctx.store.openCase(ctx.session.userId, p.nickname || 'my child', ctx.now.toISOString());
  ctx.session.caseId = c.id;
  if (!c.disclaimerShown) {
    ctx.replies.push(textReply(ctx.content, 'common.disclaimer', {}, ctx.session.seq));
    ctx.store.markDisclaimerShown(c.id);
  }
};
