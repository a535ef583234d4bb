/**
 * Correcting a noted date or person (W-L3): the `correct` command ("actually I got the date
 * wrong…", "it was Mrs Khan who said it, not the head") hands the dialogue
 * (flows/case-file/correct.flow.ts) this child's recent statements, written out for its buttons;
 * the `correctStatement` effect, run only once the parent confirmed, changes that statement
 * (`Store.correctNote`) and adds a dated `correction` note saying what changed, from and to, so
 * the record never changes silently. Letters already sent are not touched (they went as they
 * were); the next letter reads the corrected statement. Follow-ups count from the day a request
 * was sent, never from the day the school said it, so none moves.
 */
import { emailBody } from '../advice/email-frame.js';
import { clipAtWord } from '../../core/fit-text.js';
import { startFlow } from '../../core/flow-runner.js';
import type { NoteRow } from '../../core/ports.js';
import { defineEffect, type ChatCommand, type RunContext } from '../../core/run-context.js';
import { caseProfile, monthFirst, PROFILE_TOPIC, profileText } from '../advice/profile.js';
import { correctStatementParamsSchema, renameChildParamsSchema } from '../../../flows/case-file/case-file-effects.js';
import { textReply } from '../../core/render.js';
import { WHO } from '../../../flows/advice/triage-questions.js';
import { writtenDay } from './letter-from-notes.js';
import { CATEGORIES, type Category } from '../../core/types.js';

/** Longer than a command's words ("correct the date"): the parent's own message, kept as they wrote it. */
const CORRECT_WORDS_MAX = 40;

/** How many statements, newest first, the parent chooses from. */
const RECENT_STATEMENTS = 4;

/** The day a statement was made, written out: the day the parent gave, else the day it was noted. */
function dateWords(ctx: RunContext, n: NoteRow, mf: boolean): string {
  return writtenDay(ctx.content, n.saidOn?.trim() || n.day, mf);
}

function whoWords(ctx: RunContext, who: string | undefined): string {
  return who?.trim() || ctx.content.render('case-file.correct.who-unknown');
}

/** A button's key ("triage.who.senco") as notes keep it: its words. Anything else as typed. */
function asNoted(ctx: RunContext, who: string): string {
  return /^triage\.who\.[a-z-]+$/.test(who) && ctx.content.has(who) ? ctx.content.render(who) : who;
}

/** `correct`: which statement, what was wrong, the right value, read back; nothing changes before "yes". */
export const correct: ChatCommand = (args, ctx) => {
  const { userId, caseId } = ctx.session;
  const mf = monthFirst(caseProfile(ctx.store, userId, caseId));
  const notes = ctx.store.listNotes(userId, caseId !== null ? { caseId } : {});
  const statements = notes
    .filter((n) => n.kind === 'statement')
    .reverse()
    .slice(0, RECENT_STATEMENTS)
    .map((n) => ({ id: n.id, who: n.who ?? '', saidOn: n.saidOn ?? '', whoWords: whoWords(ctx, n.who), dateWords: dateWords(ctx, n, mf), words: clipAtWord(emailBody(n.text).replace(/\s+/g, ' ').trim(), 48), child: n.nickname ?? '', category: n.category ?? '' }));
  // No child chosen and more than one child's statements: each button names its child.
  if (new Set(statements.map((s) => s.child)).size < 2) for (const s of statements) s.child = '';
  const whoButtons = Object.fromEntries(WHO.map((w) => [w, ctx.content.render(`triage.who.${w}`)]));
  // A correction typed in a message of its own (W15-6: "oh no, I think I typed her name wrong…"):
  // kept in the parent's words, and what was wrong is asked (their words may name the child's name or a person).
  if (args.length > CORRECT_WORDS_MAX) {
    ctx.store.addNote({ userId, caseId, kind: 'parent_words', topic: 'case-file.correct.own-words', text: args, at: ctx.now.toISOString(), day: ctx.day });
    args = '';
  }
  // "correct the date", "wrong name", "/nextstep correct who": what was wrong is not asked again.
  // "wrong name" alone may mean the child's or a staff member's: the flow asks which when the case holds both.
  const named = /\b(?:date|day|when)\b/i.test(args) ? 'said_on' : /\b(?:person|who)\b/i.test(args) ? 'who' : /\bname\b/i.test(args) ? 'name' : undefined;
  const kindWords = Object.fromEntries(CATEGORIES.map((c) => [c, ctx.content.render(`category.${c}.label`)]));
  // The open child's name can be put right too (W15-7).
  const child = caseId !== null ? (ctx.store.getCase(userId, caseId)?.nickname ?? '') : '';
  startFlow(ctx, 'correct', { statements, whoWords: whoButtons, kindWords, child, monthFirst: mf, ...(named ? { named } : {}) });
};

/** The parent confirmed: the statement changed, and a correction note dated today says from what to what. */
export const correctStatement = defineEffect('correctStatement', correctStatementParamsSchema, (ctx, p) => {
  const userId = ctx.session.userId;
  const note = ctx.store.listNotes(userId).find((n) => n.id === p.noteId && n.kind === 'statement');
  if (!note) return;
  const mf = monthFirst(caseProfile(ctx.store, userId, note.caseId));
  if (p.field === 'category' && !(CATEGORIES as readonly string[]).includes(p.value)) return;
  const value = p.field === 'who' ? asNoted(ctx, p.value) : p.value;
  const kind = (c: string | undefined) => ctx.content.render(`category.${c && (CATEGORIES as readonly string[]).includes(c) ? c : 'other'}.label`);
  const from = p.field === 'said_on' ? dateWords(ctx, note, mf) : p.field === 'category' ? kind(note.category) : whoWords(ctx, note.who);
  const to = p.field === 'said_on' ? writtenDay(ctx.content, value, mf) : p.field === 'category' ? kind(value) : value;
  const change = p.field === 'said_on' ? { saidOn: value } : p.field === 'category' ? { category: value as Category } : { who: value };
  if (!ctx.store.correctNote(userId, note.id, change)) return;
  ctx.store.addNote({
    userId,
    caseId: note.caseId,
    kind: 'correction',
    topic: `case-file.correct.${p.field}`,
    text: ctx.content.render(`case-file.correct.note.${p.field}`, { from, to }),
    at: ctx.now.toISOString(),
    day: ctx.day,
  });
});

/** The parent confirmed the child's new name: the case takes it (packet, letters, log), and a correction note dated today says from what to what (W15-7). */
export const renameChild = defineEffect('renameChild', renameChildParamsSchema, (ctx, p) => {
  const { userId, caseId } = ctx.session;
  const before = caseId !== null ? ctx.store.getCase(userId, caseId) : undefined;
  if (!before || caseId === null) return;
  if (!ctx.store.renameCase(userId, caseId, p.nickname)) {
    ctx.replies.push(textReply(ctx.content, 'case-file.correct.name-not-changed', { to: p.nickname }, ctx.session.seq));
    return;
  }
  // The name the school uses, when it was the same word as the old name (the "use the nickname"
  // button): the same slip, put right with it, so the packet and letters read the new name (review19 R12).
  const profile = caseProfile(ctx.store, userId, caseId);
  if (profile?.schoolName && profile.schoolName.trim().toLowerCase() === before.nickname.trim().toLowerCase()) {
    ctx.store.addNote({ userId, caseId, kind: 'answer', topic: PROFILE_TOPIC, text: profileText({ ...profile, schoolName: p.nickname.trim() }), at: ctx.now.toISOString(), day: ctx.day });
  }
  ctx.store.addNote({
    userId,
    caseId,
    kind: 'correction',
    topic: 'case-file.correct.nickname',
    text: ctx.content.render('case-file.correct.note.nickname', { from: before.nickname, to: p.nickname }),
    at: ctx.now.toISOString(),
    day: ctx.day,
  });
});
