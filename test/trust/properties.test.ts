/**
 * Property-based tests: random turn sequences from two parents (random text, real and forged
 * button clicks, commands, duplicates, public-channel messages, pauses, erasing one child) and
 * malformed turns. The engine never throws, never reports an internal error, always answers a new
 * turn, never answers a duplicate twice, and never loses or alters a note; erasing one child
 * (confirmed) takes all of that child's notes and none of the other children's or the parent's own.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NoteRow } from '../../src/core/ports.js';
import { MAX_TEXT_CHARS, type Reply, type Turn, type TurnInput } from '../../src/core/types.js';
import { makeTrustApp } from './support/trust-app.js';

const USERS = ['parent-a', 'slack:T1:U2'] as const;

type Action =
  | { t: 'text'; user: number; text: string }
  | { t: 'answer'; user: number; index: number; stale: boolean; run?: number }
  | { t: 'forged'; user: number; id: string; promptId: string | undefined }
  | { t: 'command'; user: number; name: string; args: string }
  | { t: 'dup'; user: number }
  | { t: 'public'; user: number; text: string }
  | { t: 'pause'; ms: number }
  /** "delete <child>'s data" (one of the parent's children, by index), then "yes" if asked. */
  | { t: 'erase'; user: number; child: number }
  | { t: 'erase-ask'; user: number; child: number }
  | { t: 'erase-yes'; user: number };

const statements = fc.constantFrom(
  'We need six more weeks of observations before we change anything.',
  "There isn't the staffing for a keyworker this term, I'm afraid.",
  "We've never done a reduced timetable for a child in Year 3 before.",
  'That programme is not offered at this school.',
  'The panel has already decided; the meeting is just to explain it.',
  'Bean',
  'yes',
  '2',
  'show my notes',
  'start over',
  'what do I say next',
  'help',
);
const ANSWERS = [
  'Bean',
  'A quiet room to start the day in, and a later start on Mondays',
  'We need six more weeks of observations before we change anything.',
  "There isn't the staffing for a keyworker this term, I'm afraid.",
  'The attendance records from the office since September',
  'By the end of term',
];
const anyText = fc.oneof(
  { weight: 4, arbitrary: statements },
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.integer({ min: 19_990, max: 20_050 }).map((n) => 'a'.repeat(n)) },
);
const user = fc.integer({ min: 0, max: USERS.length - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('text' as const), user, text: anyText }) },
  { weight: 12, arbitrary: fc.record({ t: fc.constant('answer' as const), user, index: fc.nat(11), stale: fc.nat(9).map((n) => n === 0), run: fc.integer({ min: 1, max: 10 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('forged' as const),
      user,
      id: fc.oneof(fc.constantFrom('child:0', 'child:7', 'cat:data', 'cat:nope', 'new-no', 'yes', 'continue', 'notes', 'say-next'), fc.string({ minLength: 1, maxLength: 40 })),
      promptId: fc.option(fc.oneof(fc.constantFrom('q1', 'q2', 'q99', 'paused'), fc.string({ maxLength: 20 })), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('command' as const),
      user,
      name: fc.oneof(fc.constantFrom('resume', 'notes', 'help', 'restart', 'start', 'say'), fc.string({ minLength: 1, maxLength: 40 })),
      args: fc.oneof(fc.constant(''), statements, fc.string({ maxLength: 100 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('dup' as const), user }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('public' as const), user, text: anyText }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('pause' as const), ms: fc.constantFrom(100, 1_000, 30_000, 86_400_000) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('erase' as const), user, child: fc.nat(3) }) },
);

/** The erase's own question, to be confirmed by "yes". */
const ERASE_ASKS = new Set(['case-file.forget-child.confirm', 'case-file.forget-child.confirm-only']);

const noteKey = (n: NoteRow) => JSON.stringify([n.id, n.kind, n.topic, n.text, n.caseId, n.category, n.who, n.saidOn]);
const caseOfKey = (key: string): unknown => (JSON.parse(key) as unknown[])[4];

/**
 * A note seen with no child (`key`), now the same note with the same words in a case: re-filed, not
 * lost. Or the parent's words moved into a case when its child was chosen, now the same note with
 * the same words in that case as what they turned out to be (review20 R3: the statement).
 */
function refiled(key: string, rows: NoteRow[]): boolean {
  const [id, kind, , text, caseId] = JSON.parse(key) as [number, string, string, string, number | null];
  const held = caseId === null || kind === 'parent_words';
  return held && rows.some((n) => n.id === id && n.text === text && n.caseId !== null && (caseId === null || n.caseId === caseId));
}

describe('engine properties', () => {
  it('random conversations: never throws, always answers, duplicates answered once, notes never lost', async () => {
    const seenKeys = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const app = makeTrustApp({ classifier: 'real' });
        try {
          const last = USERS.map(() => ({ id: '', replies: [] as Reply[], recorded: false }));
          const notes = USERS.map(() => new Set<string>());
          // The child each parent was last asked to confirm erasing (their case id).
          const erasing = USERS.map((): number | undefined => undefined);
          let n = 0;
          // A cooperative answer may be a run of several in a row: deep journeys, not just the menu.
          const steps = actions.flatMap((a): Action[] => {
            if (a.t === 'answer') return Array.from({ length: a.run ?? 1 }, (_, k) => ({ ...a, index: a.index + k }));
            if (a.t === 'erase') return [{ t: 'erase-ask', user: a.user, child: a.child }, { t: 'erase-yes', user: a.user }];
            return [a];
          });
          for (const a of steps) {
            if (a.t === 'pause') {
              app.clock.advance(a.ms);
              continue;
            }
            const who = USERS[a.user] as string;
            const prev = last[a.user] as (typeof last)[number];
            let input: TurnInput;
            let id = `e${n++}`;
            let where: 'dm' | 'public' = 'dm';
            if (a.t === 'erase-ask') {
              const cases = app.store.listCases(who);
              input = { kind: 'text', text: `delete ${cases[a.child % Math.max(1, cases.length)]?.nickname ?? 'Bean'}'s data` };
            } else if (a.t === 'erase-yes') {
              const q = prev.replies.find((r) => r.type === 'question' && ERASE_ASKS.has(r.key));
              if (q?.type !== 'question') continue;
              input = { kind: 'choice', id: 'yes', promptId: q.promptId };
            } else if (a.t === 'text') input = { kind: 'text', text: a.text };
            else if (a.t === 'public') {
              input = { kind: 'text', text: a.text };
              where = 'public';
            } else if (a.t === 'command') input = { kind: 'command', name: a.name, args: a.args };
            else if (a.t === 'forged') input = { kind: 'choice', id: a.id, ...(a.promptId !== undefined ? { promptId: a.promptId } : {}) };
            else if (a.t === 'answer') {
              const q = [...prev.replies].reverse().find((r) => r.type === 'question');
              const choices = q?.type === 'question' ? q.choices : [];
              const c = choices[a.index % Math.max(1, choices.length)];
              // A cooperative parent: click one of the offered buttons, or answer in words.
              input =
                q?.type === 'question' && c
                  ? { kind: 'choice', id: c.id, promptId: a.stale ? `${q.promptId}x` : q.promptId }
                  : { kind: 'text', text: ANSWERS[a.index % ANSWERS.length] as string };
            } else {
              if (!prev.id) continue;
              id = prev.id;
              input = { kind: 'text', text: 'retry' };
            }
            const turn: Turn = { id, channel: 'console', user: who, where, input, receivedAt: app.clock.now() };
            const replies = await app.engine.handleTurn(turn); // a rejection fails the property
            const isDup = a.t === 'dup' && prev.recorded;
            if (isDup) expect(replies).toEqual([]);
            else {
              expect(replies.length).toBeGreaterThan(0);
              for (const r of replies) if ('text' in r) expect(r.text.trim().length).toBeGreaterThan(0);
            }
            expect(replies.map((r) => r.key)).not.toContain('engine.error');
            for (const r of replies) seenKeys.add(r.key);
            if (a.t === 'erase-ask' && replies.some((r) => ERASE_ASKS.has(r.key))) {
              const named = app.store.listCases(who).find((c) => replies.some((r) => r.type === 'question' && ERASE_ASKS.has(r.key) && r.text.includes(c.nickname)));
              erasing[a.user] = named?.id;
            }
            if (!isDup) {
              const throttled = replies.length === 1 && replies[0]?.key === 'engine.slow-down';
              last[a.user] = { id, replies, recorded: !throttled };
            }
            // Every note ever seen is still there, unchanged; counts never go down - unless the
            // parent asked to be forgotten and confirmed it (then everything of theirs goes). One
            // change is allowed: words kept with no child moved into a case once known to be its
            // (Store.refileNote): the same note, the same words, now in a case (and, moved in when the
            // child was chosen, then made that case's statement: review20 R3).
            // Erasing one child, confirmed, takes that child's notes, all of them, and nothing else:
            // the other children's notes and the parent's own (no child) are all still there.
            const forgotten = replies.some((r) => r.key === 'case-file.forget.done' || r.key === 'case-file.forget.pending');
            const childErased = replies.some((r) => /^case-file\.forget-child\.(?:done|done-only|pending)$/.test(r.key));
            USERS.forEach((u, i) => {
              const rows = app.store.listNotes(u);
              const now = new Set(rows.map(noteKey));
              const seen = notes[i] as Set<string>;
              const erased = childErased && i === a.user ? erasing[i] : undefined;
              if (childErased && i === a.user) {
                expect(erased, 'the erase confirmed was asked about a child of theirs').toBeDefined();
                expect(app.store.listCases(u).map((c) => c.id)).not.toContain(erased);
                expect(rows.filter((n) => n.caseId === erased)).toEqual([]);
                erasing[i] = undefined;
              }
              if (!(forgotten && i === a.user)) for (const k of seen) expect(now.has(k) || refiled(k, rows) || (erased !== undefined && caseOfKey(k) === erased)).toBe(true);
              notes[i] = now;
            });
          }
        } finally {
          app.cleanup();
        }
      }),
      {
        numRuns: 30,
        // Random runs reach the rarer replies only most of the time; the first fixed journey
        // runs first (one of the 30) and reaches them all, so the coverage check below cannot
        // fail on an unlucky draw.
        examples: [
          [
            [
              { t: 'text', user: 0, text: 'a'.repeat(MAX_TEXT_CHARS + 1) },
              { t: 'public', user: 1, text: 'They said no again today' },
              { t: 'forged', user: 1, id: 'cat:nope', promptId: 'q99' },
              { t: 'command', user: 1, name: 'bogus', args: '' },
              { t: 'answer', user: 0, index: 0, stale: false, run: 8 },
            ],
          ],
          // Found by a random run: a retry of an answered turn once the flood limit is reached
          // (it was told to slow down: a second reply to one event).
          [
            [
              { t: 'answer', user: 0, index: 0, stale: true, run: 7 },
              { t: 'answer', user: 0, index: 0, stale: true, run: 3 },
              { t: 'answer', user: 0, index: 0, stale: true, run: 10 },
              { t: 'dup', user: 0 },
              { t: 'answer', user: 0, index: 0, stale: true, run: 1 },
            ],
          ],
          // Two children and words kept with neither, then one child erased: the other child's
          // notes and the parent's own are all still there, and none of the erased child's.
          [
            [
              { t: 'text', user: 0, text: 'We need six more weeks of observations before we change anything.' },
              { t: 'text', user: 0, text: 'Bean' },
              { t: 'text', user: 0, text: ANSWERS[1] as string },
              { t: 'answer', user: 0, index: 0, stale: false, run: 3 },
              { t: 'text', user: 0, text: 'menu' },
              { t: 'text', user: 0, text: "There isn't the staffing for a keyworker this term, I'm afraid." },
              { t: 'answer', user: 0, index: 1, stale: false, run: 1 },
              { t: 'text', user: 0, text: 'Ivy' },
              { t: 'text', user: 0, text: ANSWERS[1] as string },
              { t: 'text', user: 0, text: 'menu' },
              { t: 'text', user: 0, text: 'That programme is not offered at this school.' },
              { t: 'text', user: 0, text: 'menu' },
              { t: 'erase', user: 0, child: 0 },
            ],
          ],
        ],
      },
    );
    // The generator reaches deep into the conversations, not just the menu.
    for (const k of ['triage.ask-who', 'triage.saved', 'engine.stale-choice', 'input.too_long', 'public.general', 'engine.unknown-command', 'case-file.forget-child.done']) {
      expect([...seenKeys]).toContain(k);
    }
  });

  it('malformed turns of any shape are refused kindly, never thrown', async () => {
    const app = makeTrustApp();
    try {
      await fc.assert(
        fc.asyncProperty(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), async (junk) => {
          const replies = await app.engine.handleTurn(junk as Turn);
          expect(replies.length).toBeGreaterThan(0);
        }),
        { numRuns: 200 },
      );
    } finally {
      app.cleanup();
    }
  });
});
