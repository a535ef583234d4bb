/**
 * Daily check-in set-up, in conversation: "remind me at 7:30 on school days". The engine reads
 * the time, days and zone it can from the parent's words (src/features/daily-log/parse.ts) and starts
 * this flow with them; the flow asks only for what is missing: the time, then the time zone
 * (common ones as buttons, or typed: a city or an IANA name, checked with luxon). With no child
 * yet, the child is asked for once it is saved (W15-10), so the first check-in asks about the day,
 * not the name; words about the day ("part of the day") are never taken as one.
 */
import { assign, setup } from 'xstate';
import { parseTime } from '../../src/features/daily-log/parse.js';
import { parseZone } from '../../src/features/daily-log/parse-zone.js';
import { CHECKIN_TOPIC, type SaveCheckinParams } from '../../src/features/daily-log/model.js';
import { isAnswerNotName, isStaffName, nicknameFrom } from '../advice/school-words.js';
import { answerOf, effects, type ChoiceRef, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams } from '../../src/core/flow-kit.js';

const P = 'checkin';

interface Ctx {
  time: string;
  zone: string;
  /** Weekday ids, comma-separated ("mon,tue,wed,thu,fri"). */
  days: string;
  /** The parent has no child yet: asked for after saving. Optional: older set-ups have none. */
  noChild?: boolean;
  nickname?: string;
}

export const TIME_CHOICES = ['07:00', '07:30', '08:00', '08:30', '09:00'] as const;

/** Common zones offered as buttons; anything else can be typed. */
export const ZONE_CHOICES = [
  { key: 'london', zone: 'Europe/London' },
  { key: 'dublin', zone: 'Europe/Dublin' },
  { key: 'new-york', zone: 'America/New_York' },
  { key: 'chicago', zone: 'America/Chicago' },
  { key: 'denver', zone: 'America/Denver' },
  { key: 'los-angeles', zone: 'America/Los_Angeles' },
  { key: 'sydney', zone: 'Australia/Sydney' },
  { key: 'kolkata', zone: 'Asia/Kolkata' },
] as const;

const saveCheckin = (_: unknown, _params: SaveCheckinParams) => {};

const ev = (event: unknown) => event as FlowEvent;

function timeOf(event: FlowEvent): string | null {
  const a = answerOf(event);
  return parseTime(a.startsWith('time:') ? a.slice(5) : a);
}

function zoneOf(event: FlowEvent): string | null {
  const a = answerOf(event);
  return parseZone(a.startsWith('zone:') ? a.slice(5) : a);
}

const timeChoices: ChoiceRef[] = TIME_CHOICES.map((t) => ({ id: `time:${t}`, key: `${P}.choice.time`, vars: { time: String(Number(t.slice(0, 2))) + t.slice(2) } }));
const zoneChoices: ChoiceRef[] = ZONE_CHOICES.map((z) => ({ id: `zone:${z.zone}`, key: `${P}.zone.${z.key}` }));

function saveParams({ context }: { context: Ctx }): SaveCheckinParams {
  return { time: context.time, zone: context.zone, days: context.days };
}

function savedNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: CHECKIN_TOPIC, text: `${context.time} ${context.days} ${context.zone}` };
}

export const checkinMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    saveCheckin,
    setTime: assign({ time: ({ context, event }) => timeOf(ev(event)) ?? context.time }),
    setZone: assign({ zone: ({ context, event }) => zoneOf(ev(event)) ?? context.zone }),
    setChild: assign({ nickname: ({ event }) => nicknameFrom(answerOf(ev(event))) }),
  },
  guards: {
    needsTime: ({ context }) => !context.time,
    needsZone: ({ context }) => !context.zone,
    isTime: ({ event }) => timeOf(ev(event)) !== null,
    isZone: ({ event }) => zoneOf(ev(event)) !== null,
    needsChild: ({ context }) => context.noChild === true,
    notAName: ({ event }) => isAnswerNotName(answerOf(ev(event))),
    isStaffName: ({ event }) => isStaffName(answerOf(ev(event))),
    hasText: ({ event }) => answerOf(ev(event)).trim().length > 0,
  },
}).createMachine({
  id: 'checkin',
  context: ({ input }) => ({
    time: typeof input.time === 'string' && parseTime(input.time) ? (parseTime(input.time) as string) : '',
    zone: typeof input.zone === 'string' && parseZone(input.zone) ? (parseZone(input.zone) as string) : '',
    days: typeof input.days === 'string' && input.days ? input.days : 'mon,tue,wed,thu,fri',
    noChild: input.noChild === true,
  }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'needsTime', target: 'time' }, { guard: 'needsZone', target: 'zone' }, { target: 'save' }],
    },
    time: {
      entry: { type: 'ask', params: { key: `${P}.ask-time`, choices: timeChoices, freeText: true } },
      on: {
        CHOICE: { guard: 'isTime', target: 'afterTime', actions: 'setTime' },
        TEXT: [
          { guard: 'isTime', target: 'afterTime', actions: 'setTime' },
          { target: 'time', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-time` } } },
        ],
      },
    },
    afterTime: {
      always: [{ guard: 'needsZone', target: 'zone' }, { target: 'save' }],
    },
    zone: {
      entry: { type: 'ask', params: { key: `${P}.ask-zone`, choices: zoneChoices, freeText: true } },
      on: {
        CHOICE: { guard: 'isZone', target: 'save', actions: 'setZone' },
        TEXT: [
          { guard: 'isZone', target: 'save', actions: 'setZone' },
          { target: 'zone', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-zone` } } },
        ],
      },
    },
    save: {
      entry: [{ type: 'saveCheckin', params: saveParams }, { type: 'note', params: savedNote }],
      always: [{ guard: 'needsChild', target: 'child' }, { target: 'done' }],
    },
    // No child yet (W15-10): who the check-ins are about, now rather than under "Check-in time.".
    child: {
      entry: { type: 'ask', params: { key: `${P}.ask-child`, choices: [{ id: 'later', key: `${P}.choice.child-later` }], freeText: true } },
      on: {
        CHOICE: { target: 'done' },
        TEXT: [
          { guard: 'isStaffName', target: 'child', reenter: true, actions: { type: 'say', params: { key: 'daily-log.staff-not-child' } } },
          { guard: 'notAName', target: 'child', reenter: true, actions: { type: 'say', params: { key: `${P}.child-not-a-name` } } },
          { guard: 'hasText', target: 'openChild', actions: 'setChild' },
        ],
      },
    },
    openChild: {
      entry: { type: 'openCase', params: ({ context }: { context: Ctx }) => ({ nickname: context.nickname ?? '' }) },
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: () => ({ next: 'home' }),
});

export const checkinFlow: FlowDef = {
  id: 'checkin',
  version: 1,
  machine: checkinMachine,
  // The parent's check-in time; a child named here is opened (and so recorded).
  aboutNoChild: true,
  keys: [`${P}.ask-time`, `${P}.choice.time`, `${P}.nudge-time`, `${P}.ask-zone`, ...ZONE_CHOICES.map((z) => `${P}.zone.${z.key}`), `${P}.nudge-zone`, `${P}.ask-child`, `${P}.choice.child-later`, `${P}.child-not-a-name`, 'daily-log.staff-not-child'],
};
