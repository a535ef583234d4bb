/**
 * How the engine carries out the case file's effects: a letter filled in (`draft`, which any
 * flow may emit) or filled from the notes (flows/case-file-effects.ts), closing follow-ups when
 * the school answers, and erasing a parent once the turn that confirmed it has committed.
 */
import * as z from 'zod';
import { draftParamsSchema, type DraftParams } from '../../core/flow-kit.js';
import { textReply } from '../../core/render.js';
import { defineEffect, type Effect, type RunContext } from '../../core/run-context.js';
import { closeFollowupsParamsSchema, draftFromNotesParamsSchema, previewLinesParamsSchema } from '../../../flows/case-file/case-file-effects.js';
import { withProfileTerms } from '../advice/profile-terms.js';
import { isSkippedSignOff } from '../../../flows/advice/letter-facts-states.js';
import { caseProfile, letterName, monthFirst, signOffOf, withFullNameFirst } from '../advice/profile.js';
import { caseFacts, letterVarsFromNotes, writtenDay } from './letter-from-notes.js';
import { isLetterKind, type LetterKind } from './letter-kinds.js';
import { withLogEvidence } from './log-evidence.js';
import { withGradesWord } from '../advice/grades-word.js';
import { withUnsureAnswers } from '../advice/unsure-answers.js';

/** A letter filled as it would be sent: dates in the family's order, the child's school name, the signature, the profile's terms, the daily log. */
function renderDraft(ctx: RunContext, p: DraftParams): { title: string; body: string; blanks: string[] } {
  // Dates in a letter are written out in the family's order ("5 November 2026", "November 5, 2026").
  const profile = caseProfile(ctx.store, ctx.session.userId, ctx.session.caseId);
  const mf = monthFirst(profile);
  const vars: Record<string, string> = Object.fromEntries(Object.entries(p.vars).map(([k, v]) => [k, writtenDay(ctx.content, v, mf)]));
  // The child as the school knows them: the full name at the first mention, the first name after.
  const child = letterName(profile, vars.nickname ?? '');
  if (vars.nickname) vars.nickname = child.short;
  // The name the parent signs with, given once for every letter (unless they chose to leave it blank).
  const signOff = signOffOf(ctx.store, ctx.session.userId).signOff;
  if (!vars.your_name && signOff && !ctx.content.has(signOff) && !isSkippedSignOff(signOff, ctx.content)) vars.your_name = signOff;
  const filled = withGradesWord(ctx.content, p.template, withLogEvidence(ctx, p.template, withUnsureAnswers(ctx.content, vars, p.unsure ?? [])));
  const rendered = ctx.content.renderLetter(p.template, withProfileTerms(ctx.content, p.template, filled, profile));
  return { ...rendered, body: withFullNameFirst(rendered.body, child) };
}

/**
 * Fills a letter template and sends it as a document. It goes into the notes (and so the
 * packet) only when the parent keeps it or says it is sent: the menu that follows asks.
 */
function sendDraft(ctx: RunContext, p: DraftParams): void {
  const at = ctx.now.toISOString();
  const letter = renderDraft(ctx, p);
  ctx.drafted = p.template;
  ctx.replies.push({
    type: 'document',
    key: `letter.${p.template}`,
    title: letter.title,
    filename: `${p.template}-${ctx.day}.md`,
    mime: 'text/markdown',
    body: letter.body,
    // The child it is about: the console keeps it in that child's folder (erasing the child removes it).
    ...(ctx.session.caseId === null ? {} : { caseId: ctx.session.caseId }),
  });
  // Only a letter that still has a blank asks the parent to fill one in.
  if (letter.blanks.length) ctx.replies.push(textReply(ctx.content, 'case-file.letter.has-blanks'));
  ctx.store.addUnkeptDraft({ userId: ctx.session.userId, caseId: ctx.session.caseId, kind: 'draft', topic: `letter.${p.template}`, text: letter.body, at, day: ctx.day });
}

const draft = defineEffect('draft', draftParamsSchema, sendDraft);

/** Marks a variable's place, to find its line in the letter (never in a parent's words). */
const MARK = '\u0001';

/**
 * The lines of a letter that carry the parent's own words, exactly as the letter will read
 * them (a line under a numbered question with its question), said before it is drafted so the
 * parent can keep, reword or leave out each one.
 */
const previewLines = defineEffect('previewLines', previewLinesParamsSchema, (ctx, raw) => {
  // A letter drafted from the notes: its lines read as the notes give them now (a reworded line included).
  const p = raw.fromNotes && isLetterKind(raw.template) ? { ...raw, vars: { ...varsFromNotes(ctx, raw.template), ...raw.vars } } : raw;
  const body = renderDraft(ctx, p).body.split('\n');
  const shown: { at: number; text: string }[] = [];
  for (const name of p.show) {
    if (!p.vars[name]?.trim()) continue;
    const marked = renderDraft(ctx, { template: p.template, vars: { ...p.vars, [name]: MARK }, ...(p.unsure ? { unsure: p.unsure } : {}) }).body.split('\n');
    const at = marked.findIndex((l) => l.includes(MARK));
    const line = body[at];
    if (at < 0 || !line?.trim()) continue;
    // An answer indented under a numbered question ("1. Which data is missing?") is shown with it.
    const above = /^\s/.test(line) ? body[at - 1]?.trim() : undefined;
    shown.push({ at, text: [above, line.trim()].filter(Boolean).join('\n') });
  }
  // In the letter's order.
  const lines = shown.sort((a, b) => a.at - b.at).map((l) => l.text);
  if (lines.length) ctx.replies.push(textReply(ctx.content, 'facts.wording-preview', { lines: lines.join('\n\n') }));
});

/** A letter's variables from the open case's notes (those the notes hold). */
function varsFromNotes(ctx: RunContext, kind: LetterKind): Record<string, string> {
  const facts = caseFacts(ctx.store, ctx.session.userId, ctx.session.caseId);
  const vars = letterVarsFromNotes(ctx.store, ctx.content, kind, facts, ctx.now);
  const filled: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) if (v) filled[k] = v;
  return filled;
}

/** A letter filled from the notes, sent and kept like any other draft. */
const draftFromNotes = defineEffect('draftFromNotes', draftFromNotesParamsSchema, (ctx, p) => {
  sendDraft(ctx, { template: p.kind, vars: varsFromNotes(ctx, p.kind) });
});

/** The school answered: nothing more to chase for this letter (a reminder's), or for this child. */
const closeFollowups = defineEffect('closeFollowups', closeFollowupsParamsSchema, (ctx, p) => {
  ctx.store.requests.closeFollowups(ctx.session.userId, p.status, ctx.now.toISOString(), p.followupId === undefined ? { caseId: ctx.session.caseId } : { id: p.followupId });
});

/**
 * Erasing cannot happen inside the turn's transaction (VACUUM, WAL truncation), and the turn
 * itself writes the session and the outbox: so it runs once the turn has committed, and takes
 * those rows too. "Erased" is said only once the words are gone from every file. When another
 * connection holds the WAL, the rows are gone but the files still hold the words: the parent is
 * told it will finish shortly, and told again (a notice, never stored) when it has.
 */
const eraseEverything = defineEffect('eraseEverything', z.unknown(), (ctx) => {
  const { store, content } = ctx;
  const userId = ctx.session.userId;
  const work = async () => {
    try {
      const report = await store.requests.erase(userId);
      if (report.walTruncated) return [textReply(content, 'case-file.forget.done')];
      ctx.notifyLater?.(userId, store.requests.settleErase().then(() => [textReply(content, 'case-file.forget.finished')]));
      return [textReply(content, 'case-file.forget.pending')];
    } catch {
      return [textReply(content, 'case-file.forget.failed')];
    }
  };
  if (ctx.afterCommit) ctx.afterCommit.push(work);
  else throw new Error('erasing needs an engine that runs work after commit');
});

export const CASE_FILE_EFFECTS: readonly Effect[] = [draft, previewLines, draftFromNotes, closeFollowups, eraseEverything];
