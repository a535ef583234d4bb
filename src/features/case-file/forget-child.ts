/**
 * Erasing one child (the fifteenth walk, W15-5: "delete Noah's data" could only be answered "I
 * can't"). The command finds the child named among the parent's children and asks first
 * (flows/case-file/forget-child.flow.ts); with no name and several children, which child
 * (`which-child`, then `forget-child-open`); a name that is none of theirs is said so, and
 * nothing happens. The effects: the child's packet as a copy to keep (`exportChild`), and the
 * erase itself (`eraseChild`, the store's `requests.eraseChild`), run once the confirming turn
 * has committed, said done only once the words are gone from the database files.
 */
import { reask, startFlow, type RunContext } from '../../core/flow-runner.js';
import { textReply } from '../../core/render.js';
import { defineEffect, type ChatCommand } from '../../core/run-context.js';
import type { CaseRow } from '../../core/ports.js';
import { forgetChildParamsSchema, keepChildWordsParamsSchema, type ForgetChildParams, type KeepChildWordsParams } from '../../../flows/case-file/forget-child.flow.js';
import { exportReplies, forget } from './chat-commands.js';

const P = 'case-file.forget-child';

export const FORGET_CHILD_KEYS: readonly string[] = ['not-found', 'done', 'done-only', 'pending', 'finished', 'failed', 'copy'].map((k) => `${P}.${k}`);

const say = (ctx: RunContext, key: string, vars: Record<string, string> = {}) => ctx.replies.push(textReply(ctx.content, key, vars, ctx.session.seq));

function carryOn(ctx: RunContext): void {
  if (!reask(ctx)) startFlow(ctx, 'home');
}

/** Names as a list ("Rosie", "Rosie and Alfie", "Rosie, Ivy and Alfie"); '' for none. */
function joined(ctx: RunContext, names: readonly string[]): string {
  if (names.length < 2) return names[0] ?? '';
  return ctx.content.render('case-file.forget.children', { some: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' });
}

/**
 * The child the words name: their nickname as kept ("Noah"), any case; "James'" gives "jame";
 * "beans" (as in "delete beans data", the apostrophe dropped, or "forget beans") is Bean, when no
 * child is Beans: `loose`, as the parent may have meant beans (the question then says how it was read).
 */
function named(cases: readonly CaseRow[], words: string): { child: CaseRow; loose: boolean } | undefined {
  const w = words.trim().toLowerCase();
  if (!w) return undefined;
  const called = (name: string) => cases.find((c) => c.nickname.trim().toLowerCase() === name);
  const exact = called(w);
  if (exact) return { child: exact, loose: false };
  const near = called(`${w}s`) ?? (w.length > 1 && w.endsWith('s') ? called(w.slice(0, -1)) : undefined);
  return near && { child: near, loose: true };
}

/** Asks before erasing `c`; `typed`: the name as typed, when it was read loosely (said first). */
function confirmFor(ctx: RunContext, cases: readonly CaseRow[], c: CaseRow, typed = ''): void {
  const others = joined(ctx, cases.filter((x) => x.id !== c.id).map((x) => x.nickname));
  startFlow(ctx, 'forget-child', { caseId: c.id, child: c.nickname, others, ...(typed ? { typed } : {}) });
}

/** "delete Noah's data", "forget Noah", "can I delete just one child": ask first, naming the child. */
export const forgetChild: ChatCommand = (args, ctx) => {
  const cases = ctx.store.listCases(ctx.session.userId);
  const n = named(cases, args);
  if (n) return confirmFor(ctx, cases, n.child, n.loose ? args.trim() : '');
  if (args.trim() && cases.length > 0) {
    // Words not naming any of their children: nothing is erased (and nothing kept of the words).
    say(ctx, `${P}.not-found`, { children: joined(ctx, cases.map((x) => x.nickname)), first: cases[0]?.nickname ?? '' });
    return carryOn(ctx);
  }
  if (cases.length === 1 && cases[0]) return confirmFor(ctx, cases, cases[0]);
  // The child is chosen only to be erased: no not-legal-advice line for a case never opened in chat.
  if (cases.length > 1) return void startFlow(ctx, 'which-child', { then: 'forget-child-open', disclaim: false });
  say(ctx, 'case-file.forget.one-child-only');
  carryOn(ctx);
};

/** What the parent may call their whole record: "my data", "all our notes", "my details". */
const RECORD_WORDS = '(?:data|notes|details|information|info|records?|account|stuff|messages|history|case notes)';

/**
 * Words after `forget` that still mean the whole record ("/nextstep forget me", "forget all my data",
 * "forget my details", "forget everything thanks": review20 R7); asked about first, as "forget me" is.
 */
const WHOLE_RECORD = new RegExp(
  '^(?:please\\s+)?(?:me|us|everything|all|it all' +
    `|(?:all\\s+(?:of\\s+)?)?(?:my|our|the)\\s+${RECORD_WORDS}|all\\s+${RECORD_WORDS}|all\\s+(?:of\\s+)?(?:it|me|us|that)` +
    '|everything\\s+(?:about\\s+(?:me|us)|(?:you\\s+)?(?:have|hold|know|keep)(?:\\s+(?:on|about)\\s+(?:me|us))?))?' +
    '(?:\\s+(?:please|thanks|thank you|thx|ta))*\\W*$',
  'i',
);

/**
 * `forget [name]` as a command (`/nextstep forget Noah` on Slack, `child:Noah` on Discord,
 * "/forget Noah" typed): with a child's name, that child's erase, as "delete Noah's data";
 * alone or with "me", everything, as before. Answered where the command's answers go.
 */
export const forgetCommand: ChatCommand = (args, ctx) => (WHOLE_RECORD.test(args.trim()) ? forget(args, ctx) : forgetChild(args, ctx));

/** After "Which child?": erase the child just chosen (the open case). */
export const forgetChildOpen: ChatCommand = (_args, ctx) => {
  const cases = ctx.store.listCases(ctx.session.userId);
  const c = cases.find((x) => x.id === ctx.session.caseId);
  if (c) return confirmFor(ctx, cases, c);
  carryOn(ctx);
};

/** "Export a copy first": the child's packet, theirs to keep; the flow then asks again. */
export const exportChild = defineEffect('exportChild', forgetChildParamsSchema, (ctx, p: ForgetChildParams) => {
  say(ctx, `${P}.copy`, { child: p.child });
  exportReplies(ctx, 'pdf', p.caseId);
});

/**
 * Words typed after the erase's no or copy button ("No, keep them, he might come back after
 * Easter"): kept in the notes of the child asked about, never the open child's (review19 R2),
 * and said so. Only a child of this parent's; nothing for no words.
 */
export const keepChildWords = defineEffect('keepChildWords', keepChildWordsParamsSchema, (ctx, p: KeepChildWordsParams) => {
  const userId = ctx.session.userId;
  if (!p.text.trim() || !ctx.store.listCases(userId).some((c) => c.id === p.caseId)) return;
  ctx.store.addNote({ userId, caseId: p.caseId, kind: 'parent_words', topic: 'engine.added-words', text: p.text, at: ctx.now.toISOString(), day: ctx.day });
  say(ctx, 'engine.added-kept');
});

/**
 * Erasing cannot happen inside the turn's transaction (VACUUM, the WAL), so it runs once the
 * turn has committed, as forget does; "erased" is said only once the words are gone from every
 * file, else the parent is told it will finish, and told again when it has.
 */
export const eraseChild = defineEffect('eraseChild', forgetChildParamsSchema, (ctx, p: ForgetChildParams) => {
  const { store, content } = ctx;
  const userId = ctx.session.userId;
  const vars: Record<string, string> = p.others ? { child: p.child, others: p.others } : { child: p.child };
  const work = async () => {
    try {
      const report = await store.requests.eraseChild(userId, p.caseId);
      if (report.walTruncated) return [textReply(content, p.others ? `${P}.done` : `${P}.done-only`, vars)];
      ctx.notifyLater?.(userId, store.requests.settleErase().then(() => [textReply(content, `${P}.finished`, { child: p.child })]));
      return [textReply(content, `${P}.pending`, { child: p.child })];
    } catch {
      return [textReply(content, `${P}.failed`, { child: p.child })];
    }
  };
  if (ctx.afterCommit) ctx.afterCommit.push(work);
  else throw new Error('erasing needs an engine that runs work after commit');
});
