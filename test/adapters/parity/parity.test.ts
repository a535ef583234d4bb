/**
 * One parent, three channels: the same script (parent-script.ts) walked from a fresh database in
 * the console (its own chat entry), Slack (real Bolt against the fake Slack) and Discord (real
 * discord.js against the fake Discord). Each channel's transcript is read from what its platform
 * drew; then channel is compared with channel: the content keys the parent was shown, in order,
 * the choices each question offered (ids), and what the store holds afterwards. How it is drawn
 * (Block Kit, components, console text, message splits, files) is each channel's own.
 *
 * Differences by design, each named where it is handled:
 * - the console opens the chat itself (its `/resume`); Slack and Discord wait for the parent's
 *   first message ("hello"). Both greet with the same keys, so the steps compare as they are;
 * - the console has no buttons, so nothing there can be clicked late (`isClick`);
 * - Slack answers a slash command ephemerally (`asOthersSeeIt`);
 * - Discord shows choices that do not fit as buttons as select menus: their options carry the
 *   same choice ids (discord-parent.ts reads both), so no exception is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleParent } from './console-parent.js';
import { discordParent } from './discord-parent.js';
import { SCRIPT } from './parent-script.js';
import { slackParent } from './slack-parent.js';
import { walk, type ParentChannel, type Shown, type Step, type Walk } from './transcript.js';

const channels: ParentChannel[] = [];
const walks = new Map<ParentChannel['name'], Walk>();
/** A channel that could not walk the script (a question or a button missing), and why: a failure of the first test, not of the hook. */
const stuck: string[] = [];

beforeAll(async () => {
  for (const start of [consoleParent, slackParent, discordParent]) {
    const channel = await start();
    channels.push(channel);
    try {
      walks.set(channel.name, await walk(channel, SCRIPT));
    } catch (err) {
      stuck.push((err as Error).message);
    }
  }
}, 60_000);

afterAll(async () => {
  for (const c of channels) await c.close();
});

const walkOf = (name: ParentChannel['name']): Walk => {
  const w = walks.get(name);
  if (!w) throw new Error(`${name} did not walk`);
  return w;
};
const channelOf = (name: ParentChannel['name']): ParentChannel => {
  const c = channels.find((x) => x.name === name);
  if (!c) throw new Error(`${name} did not start`);
  return c;
};

/** The steps of a part that starts with the channel's command, and the answers under it. */
const isCommand = (s: Step) => /^[^:]*, by command:/.test(s.did);
/** The part only channels with buttons can take. */
const isClick = (s: Step) => s.did.startsWith('an old question clicked:');

/**
 * Differences by design, named: each turns a channel's step into what the other channels show.
 * - Slack answers a slash command ephemerally (only the parent sees it, even in the DM), and an
 *   ephemeral message cannot be answered by typing under it: a question there keeps its buttons,
 *   and its "or type your own answer" hint gives way to a pointer to the DM
 *   (`slack.answer-in-dm`, to-blocks.ts).
 */
function asOthersSeeIt(name: ParentChannel['name'], s: Step): { did: string; shown: Shown[] } {
  if (name === 'slack' && isCommand(s)) {
    const hinted = new Map(s.told.map((t) => [t.key, t.hint]));
    expect(s.shown.filter((x) => x.hint === true), 'no "or type" hint in an ephemeral answer').toEqual([]);
    return { did: s.did, shown: s.shown.map((x) => (x.choices === undefined ? x : { ...x, hint: hinted.get(x.key) })) };
  }
  return { did: s.did, shown: s.shown };
}

/** The parent's check-in settings, without their row's bookkeeping. */
function checkinOf(c: ParentChannel): object | undefined {
  const s = c.store.logs.getCheckin(c.user);
  return s && { enabled: s.enabled, time: s.time, zone: s.zone, days: s.days, pauseUntil: s.pauseUntil, skipDate: s.skipDate, snoozeDate: s.snoozeDate, schoolDayHours: s.schoolDayHours, activeFrom: s.activeFrom };
}

/** Where the conversation stands: its flow and state, and the question waiting (its prompt ids are counted apart: the old click asked one more). */
function sessionOf(c: ParentChannel): object | undefined {
  const s = c.store.getSession(c.user);
  return s && { caseId: s.caseId, flowId: s.flowId, state: s.snapshot?.value, pending: s.pending && { key: s.pending.key, choices: s.pending.choices.map((x) => x.id), freeText: s.pending.freeText } };
}

describe('one parent, the same in every channel', () => {
  it('walks the whole script in every channel: a letter, "what do I say next?", a day logged, an old click, the notes', () => {
    expect(stuck).toEqual([]);
    for (const name of ['console', 'slack', 'discord'] as const) {
      const keys = walkOf(name).steps.flatMap((s) => s.shown.map((x) => x.key));
      for (const k of ['letter.data-request', 'engine.pick-one', 'say-next.replies-intro', 'daily-log.saved', 'notes.timeline']) expect(keys, `${name}: ${k}`).toContain(k);
      expect(keys.includes('engine.stale-choice'), name).toBe(channelOf(name).clicks);
    }
    // The console has no buttons: a number typed always answers the question in front of the parent.
    expect(walkOf('console').skipped).toEqual(['an old question clicked: no buttons to click']);
  });

  it('each channel draws everything the engine answered: every text, document and question, with a control for every choice', () => {
    for (const c of channels) {
      for (const s of walkOf(c.name).steps) expect(asOthersSeeIt(c.name, s).shown, `${c.name}, ${s.did}`).toEqual(s.told);
    }
  });

  it('shows the parent the same content keys and choices, step by step, in every channel', () => {
    const seen = (name: ParentChannel['name'], keep: (s: Step) => boolean = () => true) => walkOf(name).steps.filter(keep).map((s) => asOthersSeeIt(name, s));
    /** Step by step, so a failure names the step. */
    const expectSame = (what: string, got: { did: string; shown: Shown[] }[], want: { did: string; shown: Shown[] }[]) => {
      expect(got.map((s) => s.did), `${what}: the steps`).toEqual(want.map((s) => s.did));
      got.forEach((s, i) => expect(s.shown, `${what}, ${s.did}`).toEqual(want[i]?.shown));
    };
    const inConsole = seen('console');
    expect(inConsole.length).toBeGreaterThan(35);
    expectSame('slack against the console', seen('slack', (s) => !isClick(s)), inConsole);
    expectSame('discord against the console', seen('discord', (s) => !isClick(s)), inConsole);
    // The old click, where there are buttons: the same in both.
    expectSame('discord against slack, the old click', seen('discord', isClick), seen('slack', isClick));
    expect(seen('slack', isClick)).toHaveLength(1);
  });

  it('leaves the same case, notes, letter draft, daily log, check-in and conversation state in the store', () => {
    const held = (c: ParentChannel) => {
      const notes = c.store.listNotes(c.user);
      return {
        cases: c.store.listCases(c.user).map(({ nickname, disclaimerShown }) => ({ nickname, disclaimerShown })),
        notes: notes.map(({ kind, topic, text, category, who, saidOn, due }) => ({ kind, topic, text, category, who, saidOn, due })),
        checkin: checkinOf(c),
        session: sessionOf(c),
        draft: notes.filter((n) => n.kind === 'draft').map((n) => n.text),
        log: c.store.logs.listEntries(c.user).map(({ date, attendance, hours, arrived, left, difficulty, triggers, supports, note }) => ({ date, attendance, hours, arrived, left, difficulty, triggers, supports, note })),
      };
    };
    const [inConsole, slack, discord] = (['console', 'slack', 'discord'] as const).map((n) => held(channelOf(n)));
    expect(inConsole?.draft).toHaveLength(1);
    expect(inConsole?.draft[0]).toContain('Maisie Jones');
    expect(inConsole?.log).toHaveLength(1);
    // The parent's own words, as typed (Slack sends &, < and > escaped).
    expect(JSON.stringify(inConsole?.notes)).toContain('A reduced timetable & a quiet room');
    expect(JSON.stringify(inConsole?.notes)).toContain('Ask senco@oakfield.sch.uk, and see www.oakfield.sch.uk/send for');
    expect(inConsole?.log[0]?.note).toContain('(<3 hours)');
    expect(inConsole?.checkin).toMatchObject({ enabled: true, time: '07:30' });
    expect(inConsole?.session).toMatchObject({ pending: { key: 'home.menu' } });
    expect(slack).toEqual(inConsole);
    expect(discord).toEqual(inConsole);
  });
});
