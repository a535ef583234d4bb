/** The effects every flow can emit: words, questions, notes, classification, cases. */
import * as z from 'zod';
import {
  askParamsSchema,
  classifyParamsSchema,
  noteParamsSchema,
  openCaseParamsSchema,
  type OpenCaseParams,
  partReadParamsSchema,
  sayParamsSchema,
  type Classification,
  type NoteParams,
} from './flow-kit.js';
import { sayDisclaimerOnce } from './disclaimer.js';
import { heldAlready } from './new-message.js';
import { keepPartRead } from './added-words.js';
import { questionReply, textReply } from './render.js';
import { defineEffect, type Effect, type RunContext } from './run-context.js';
import { aboutItsChild } from './turn-cases.js';

/** Words said; none while a flow is started quietly (RunContext.quiet). */
const say = defineEffect('say', sayParamsSchema, (ctx, p) => {
  if (!ctx.quiet) ctx.replies.push(textReply(ctx.content, p.key, p.vars ?? {}, ctx.session.seq));
});

/** Sets the pending question (re-asked after a restart) and mints its prompt id; asks it, unless the flow is started quietly. */
const ask = defineEffect('ask', askParamsSchema, (ctx, p) => {
  const s = ctx.session;
  s.seq += 1;
  s.pending = {
    promptId: `q${s.seq}`,
    key: p.key,
    vars: p.vars ?? {},
    choices: p.choices ?? [],
    freeText: p.freeText ?? (p.choices ?? []).length === 0,
    askedOn: ctx.day,
    ...(p.takesAdded ? { takesAdded: true } : {}),
  };
  if (!ctx.quiet) ctx.replies.push(aboutItsChild(ctx, questionReply(ctx.content, s.pending)));
});

/**
 * Flows may record a button answer or a standard piece of advice by its content key; the note
 * keeps the words, so the record reads the same in exports and after content changes.
 */
function words(ctx: RunContext, value: string): string {
  return ctx.content.has(value) && ctx.content.varsOf(value).length === 0 ? ctx.content.render(value) : value;
}

/** Before advice: the not-legal-advice note first, where it has not been said yet. */
const disclaim = defineEffect('disclaim', z.unknown(), (ctx) => {
  if (ctx.session.caseId === null) sayDisclaimerOnce(ctx);
});

const note = defineEffect('note', noteParamsSchema, (ctx, p) => {
  // A note with no words records nothing: it would read "You told me (…):" and stop.
  if (p.text.trim() === '') return;
  // A new message kept when it came (new-message.ts), read now: on record once, as it came.
  if (p.kind === 'parent_words' && p.caseless && heldAlready(ctx.store, ctx.session.userId, p.topic, p.text)) return;
  if ((p.kind === 'advice' || p.kind === 'next_step') && ctx.session.caseId === null) sayDisclaimerOnce(ctx);
  if (refiled(ctx, p)) return;
  ctx.store.addNote({
    userId: ctx.session.userId,
    caseId: p.caseless ? null : ctx.session.caseId,
    kind: p.kind,
    topic: p.topic,
    text: words(ctx, p.text),
    category: p.category,
    who: p.who === undefined ? undefined : words(ctx, p.who),
    saidOn: p.said_on,
    due: p.due,
    at: ctx.now.toISOString(),
    day: ctx.day,
  });
});

/**
 * Words kept with no child when they came (`NoteParams.refiles`), now known to be this case's: the
 * newest such note with the same words is moved into the case as this note, not copied beside it.
 */
function refiled(ctx: RunContext, p: NoteParams): boolean {
  const caseId = ctx.session.caseId;
  if (!p.refiles?.length || p.caseless || caseId === null) return false;
  const said = p.text.trim();
  // Held with no child, or moved into this case when the child was chosen (OpenCaseParams.adopt).
  const held = ctx.store.listNotes(ctx.session.userId, { topics: p.refiles }).filter((n) => (n.caseId === null || n.caseId === caseId) && n.kind === 'parent_words' && n.text.trim() === said).pop();
  return held !== undefined && ctx.store.refileNote(ctx.session.userId, held.id, { caseId, kind: p.kind, topic: p.topic, category: p.category, who: p.who === undefined ? undefined : words(ctx, p.who), saidOn: p.said_on, due: p.due });
}

/** Runs the local classifier and feeds the result straight back to the flow. */
const classify = defineEffect('classify', classifyParamsSchema, (ctx, p) => {
  const r = ctx.classifier.classify(p.text);
  const result: Classification = { ...r, confident: ctx.classifier.isConfident(r) };
  return [{ type: 'CLASSIFIED', result, at: ctx.now.toISOString(), day: ctx.day }];
});

/** Opens (or finds) the child's case; the not-legal-advice note is said once per case (disclaimer.ts), unless the flow says no advice follows (`disclaim: false`). */
const openCase = defineEffect('openCase', openCaseParamsSchema, (ctx, p) => {
  const c = ctx.store.openCase(ctx.session.userId, p.nickname || 'my child', ctx.now.toISOString());
  ctx.session.caseId = c.id;
  if (p.adopt) adopt(ctx, c.id, p.adopt);
  if (p.disclaim !== false) sayDisclaimerOnce(ctx);
});

/** The parent's words held with no child (`OpenCaseParams.adopt`) moved into the case just chosen, as they are. */
function adopt(ctx: RunContext, caseId: number, a: NonNullable<OpenCaseParams['adopt']>): void {
  const words = new Set((a.words ?? []).map((w) => w.trim()).filter((w) => w !== ''));
  const held = ctx.store.listNotes(ctx.session.userId, { topics: a.topics }).filter((n) => n.caseId === null && n.kind === 'parent_words' && ((a.since !== undefined && n.at >= a.since) || words.has(n.text.trim())));
  for (const n of held) ctx.store.refileNote(ctx.session.userId, n.id, { caseId, kind: n.kind, topic: n.topic, category: n.category ?? undefined, who: n.who ?? undefined, saidOn: n.saidOn ?? undefined, due: n.due ?? undefined });
}

/** A typed answer read only in part: what else it says kept with the open child, once (added-words.ts). */
const readPart = defineEffect('readPart', partReadParamsSchema, (ctx, p) => keepPartRead(ctx, p));

/** The effects every flow can emit (the vocabulary in flow-kit.ts); `draft` is the case file's. */
export const CORE_EFFECTS: readonly Effect[] = [say, ask, note, classify, openCase, disclaim, readPart];
