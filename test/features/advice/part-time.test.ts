/**
 * England, a part-time (reduced) timetable, and a school that says no because it would count as
 * unauthorised absence or Ofsted would object (walkthrough 2026-12-06, L6). By state ids and
 * content keys through the "kind of no" flows (flows/advice/part-time-states.ts): in England the
 * rule is said, two questions shape a plan, the wrap-up adds its next steps, and the letter gets
 * the rule's line and the parent's proposal. Elsewhere, or without the part-time timetable or the
 * absence reason, none of it.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { partTimeRefusedOverAbsence } from '../../../flows/advice/school-words.js';
import { PART_TIME_KEYS } from '../../../flows/advice/part-time-states.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, spoken, text, type ReplayedPath } from '../flow-paths.js';

/** The parent's words from the walkthrough, as typed. */
const L6 = "the senco said they can't do a reduced timetable because it would count as unauthorised absence and ofsted would pull them up";
const profile = (place: string) => JSON.stringify({ place, plan: 'none', pronouns: 'she' });
const input = (place: string, statement = L6, request = 'a reduced timetable, mornings only for a few weeks'): FlowInput => ({
  ...HANDOVER,
  request,
  statement,
  profile: profile(place),
});

const KIND_FLOWS = FLOWS.filter((f) => f.id.startsWith('no.') || f.id.startsWith('situation.'));
const precedent = FLOWS.find((f) => f.id === 'no.precedent');
if (!precedent) throw new Error('no precedent flow');

/** Answers every question of the flow with a few words (a button where only buttons are offered), up to the state `until`, or to the end. */
function walk(flowInput: FlowInput, machine = precedent?.machine, until?: string): ReplayedPath {
  if (!machine) throw new Error('no machine');
  let events: FlowEvent[] = [];
  for (let i = 0; i < 20; i++) {
    const r = replay(machine, flowInput, events);
    if (r.done || r.final.value === until) return r;
    const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
    // The child's name where it is asked (a sentence there is asked again: review9, 9).
    // Who at the local authority, where the letter goes there (England's assessment request): a name.
    const typed = ask?.key === 'facts.ask-school-name' ? 'Isla Brown' : ask?.key === 'facts.ask-la-recipient' ? 'Ms Hughes' : `answer ${i} in my own words`;
    const answer = ask?.freeText === false ? choice(ask.choices?.[0]?.id ?? '') : text(typed);
    events = [...events, answer];
  }
  return replay(machine, flowInput, events);
}

describe('which words mean a part-time timetable refused over absence or Ofsted', () => {
  it.each([
    ['a reduced timetable, mornings only', L6],
    ['', "We can't offer a part-time timetable, it would show as unauthorised absence."],
    ['half days for a few weeks', 'Ofsted would pull us up on it'],
    ['', 'A part time timetable would hurt our attendance figures'],
    ['', 'reduced hours would count as absence on the register and ofstead look at that'],
  ])('%j / %j: yes', (request, statement) => {
    expect(partTimeRefusedOverAbsence(request, statement)).toBe(true);
  });

  it.each([
    // A part-time timetable refused for another reason: the "not how we do things" advice only.
    ['a part-time timetable for now', "we don't do part-time timetables here, if we did it for Finn everyone would want one"],
    // The absence reason, but nothing part-time asked for.
    ['a later start and a quiet room', 'it would count as unauthorised absence'],
    // Absence only in the parent's request, not the school's reason.
    ['a reduced timetable because of her unauthorised absences', 'We need more data first'],
    // Wanting more data, or better attendance first: another kind of no.
    ['A reduced timetable for a gradual return.', 'Mrs Patel, the SENCo, said they need six more weeks of attendance data before they change anything.'],
    ['a part-time timetable', "we'd need to see her attendance improve before we could agree to that"],
  ])('%j / %j: no', (request, statement) => {
    expect(partTimeRefusedOverAbsence(request, statement)).toBe(false);
  });
});

describe('England: the rule, two questions, next steps and the letter line', () => {
  const asked = (r: ReplayedPath) => ofType<AskParams>(r.effects, 'ask').map((a) => a.key);

  it('after the flow\'s own questions: the rule, then what she could manage, then when to review it', () => {
    const r = walk(input('england'), precedent.machine, 'partTimeHours');
    expect(r.final.value).toBe('partTimeHours');
    expect(spoken(r.effects).slice(-2)).toEqual(['part-time.rule', 'part-time.ask-hours']);
    expect(asked(r).slice(0, 3)).toEqual(['no-precedent.ask-need', 'no-precedent.ask-tried', 'no-precedent.ask-would-help']);
    const review = replay(precedent.machine, input('england'), [...r.events, text('mornings only, 9 till 12')]);
    expect(review.final.value).toBe('partTimeReview');
    expect(asked(review).at(-1)).toBe('part-time.ask-review');
  });

  it('notes both answers under their topics, says its next steps before the flow\'s own, and drafts the rule and the proposal', () => {
    const r = walk(input('england'));
    expect(r.done).toBe(true);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.topic)).toEqual(expect.arrayContaining(['part-time.hours', 'part-time.review']));
    const k = spoken(r.effects);
    expect(k.indexOf('part-time.next-steps')).toBeGreaterThan(k.indexOf('no-precedent.consistency'));
    expect(k.indexOf('part-time.next-steps')).toBeLessThan(k.indexOf('no-precedent.next-steps'));
    const vars = ofType<DraftParams>(r.effects, 'draft')[0]?.vars ?? {};
    expect(vars.part_time_rule).toBe('part-time.letter.rule');
    expect(vars.part_time_hours).toMatch(/^answer \d+ in my own words/i);
    expect(vars.part_time_review).toMatch(/^answer \d+ in my own words/i);
  });

  it('asks again for a few words when the answer is a bare "yes"; "not sure" and Skip leave the lines out', () => {
    const at = walk(input('england'), precedent.machine, 'partTimeHours');
    const bare = replay(precedent.machine, input('england'), [...at.events, text('yes')]);
    expect(bare.final.value).toBe('partTimeHours');
    expect(spoken(bare.effects).slice(-2)).toEqual(['common.need-words', 'part-time.ask-hours']);
    const skipped = walk(input('england'), precedent.machine, 'partTimeHours');
    const events = [...skipped.events, choice('not-sure'), choice('skip')];
    const after = replay(precedent.machine, input('england'), events);
    expect(after.final.value).not.toBe('partTimeReview');
    const notes = ofType<NoteParams>(after.effects, 'note');
    expect(notes.filter((n) => n.topic === 'part-time.hours').map((n) => n.text)).toEqual(['part-time.choice.not-sure']);
    expect(notes.map((n) => n.topic)).not.toContain('part-time.review');
  });

  it.each(KIND_FLOWS.map((f) => [f.id, f] as const))('%s asks the part-time questions before the letter\'s facts', (_id, flow) => {
    const r = walk(input('england'), flow.machine);
    expect(r.done).toBe(true);
    expect(spoken(r.effects)).toEqual(expect.arrayContaining(['part-time.rule', 'part-time.ask-hours', 'part-time.ask-review', 'part-time.next-steps']));
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.part_time_rule).toBe('part-time.letter.rule');
    for (const key of PART_TIME_KEYS) expect(flow.keys).toContain(key);
  });
});

describe('nowhere else, and not without both the part-time timetable and the absence reason', () => {
  it.each(['scotland', 'wales', 'northern-ireland', 'ireland', 'us', 'elsewhere'])('%s: the same words get none of it', (place) => {
    for (const flow of KIND_FLOWS) {
      const r = walk(input(place), flow.machine);
      expect(r.done).toBe(true);
      expect(spoken(r.effects).filter((k) => k.startsWith('part-time.'))).toEqual([]);
      expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic).filter((t) => t.startsWith('part-time.'))).toEqual([]);
      const vars = ofType<DraftParams>(r.effects, 'draft')[0]?.vars ?? {};
      expect([vars.part_time_rule, vars.part_time_hours, vars.part_time_review]).toEqual(['', '', '']);
    }
  });

  it('England, a part-time timetable refused as "not how we do things": none of it', () => {
    const r = walk(input('england', "we don't do part-time timetables here, if we did it for one child everyone would want one"));
    expect(spoken(r.effects).filter((k) => k.startsWith('part-time.'))).toEqual([]);
  });

  it('England with no case profile: none of it', () => {
    const { profile: _none, ...noProfile } = input('england');
    const r = walk(noProfile);
    expect(spoken(r.effects).filter((k) => k.startsWith('part-time.'))).toEqual([]);
  });
});
