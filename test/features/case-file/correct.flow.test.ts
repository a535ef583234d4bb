/** Correcting a noted date or person, by state ids and content keys (flows/case-file/correct.flow.ts). */
import { describe, expect, it } from 'vitest';
import { correctFlow } from '../../../flows/case-file/correct.flow.js';
import type { AskParams } from '../../../src/core/flow-kit.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const m = correctFlow.machine;
const FIRST = { id: 11, who: 'Mrs Watkins', saidOn: '2030-02-22', whoWords: 'Mrs Watkins', dateWords: '22 February 2030', words: 'There is no one to meet him' };
const SECOND = { id: 17, who: 'triage.who.head', saidOn: '2030-02-27', whoWords: 'Head teacher or principal', dateWords: '27 February 2030', words: 'We cannot offer a later start' };
const WHO_WORDS = { teacher: 'A teacher', senco: 'SENCO', head: 'Head teacher or principal', district: 'The local authority', meeting: 'The team, at a meeting' };
const input = (statements: unknown[]) => ({ statements, whoWords: WHO_WORDS, monthFirst: false });
const asked = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').map((a) => a.key);
const said = (effects: { type: string; params?: unknown }[]) => ofType<{ key: string }>(effects, 'say').map((s) => s.key);
const corrections = (effects: { type: string; params?: unknown }[]) => ofType(effects, 'correctStatement');

describe('correct', () => {
  it('nothing noted: says so and changes nothing', () => {
    const r = replay(m, input([]), []);
    expect(r.done).toBe(true);
    expect(said(r.effects)).toEqual(['case-file.correct.nothing']);
    expect(corrections(r.effects)).toEqual([]);
  });

  it('one statement: confirm it, then the date, read back, confirmed: the change is asked for', () => {
    const r = replay(m, input([FIRST]), [choice('yes'), choice('date'), text('21 February'), choice('yes')]);
    expect(asked(r.effects)).toEqual(['case-file.correct.one', 'case-file.correct.what', 'case-file.correct.ask-date', 'case-file.correct.confirm-date']);
    expect(ofType<AskParams>(r.effects, 'ask')[3]?.vars).toMatchObject({ from: '22 February 2030', to: '21 February 2030' });
    expect(corrections(r.effects)).toEqual([{ noteId: 11, field: 'said_on', value: '2030-02-21' }]);
    expect(said(r.effects).at(-1)).toBe('case-file.correct.done-date');
    expect(r.done).toBe(true);
  });

  it('several: the newest first as buttons; a person typed is read as "Who said it?" reads it', () => {
    const r = replay(m, input([SECOND, FIRST]), [choice('s1'), choice('who'), text('the SENCO'), choice('yes')]);
    const which = ofType<AskParams>(r.effects, 'ask')[0];
    expect(which?.key).toBe('case-file.correct.which');
    expect(which?.choices?.map((c) => [c.id, c.vars?.date])).toEqual([['s0', '27 February 2030'], ['s1', '22 February 2030'], ['none', undefined]]);
    expect(asked(r.effects).slice(1)).toEqual(['case-file.correct.what', 'case-file.correct.ask-who', 'case-file.correct.confirm-who']);
    expect(corrections(r.effects)).toEqual([{ noteId: 11, field: 'who', value: 'triage.who.senco' }]);
    expect(said(r.effects).at(-1)).toBe('case-file.correct.done-who');
  });

  it("with more than one child's statements listed, each button names its child (the review)", () => {
    const r = replay(m, input([{ ...SECOND, child: 'Osian' }, { ...FIRST, child: 'Cerys' }]), []);
    const which = ofType<AskParams>(r.effects, 'ask')[0];
    expect(which?.choices?.slice(0, 2).map((c) => [c.key, c.vars?.child])).toEqual([
      ['case-file.correct.choice.statement-child', 'Osian'],
      ['case-file.correct.choice.statement-child', 'Cerys'],
    ]);
  });

  it('a name typed is kept as typed', () => {
    const r = replay(m, input([SECOND]), [choice('yes'), choice('who'), text('Mrs Khan'), choice('yes')]);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.vars).toMatchObject({ from: 'Head teacher or principal', to: 'Mrs Khan' });
    expect(corrections(r.effects)).toEqual([{ noteId: 17, field: 'who', value: 'Mrs Khan' }]);
  });

  it('a day typed at "who said it?" is asked again, not kept as the person (the review)', () => {
    const r = replay(m, input([SECOND]), [choice('yes'), choice('who'), text('yesterday')]);
    expect(r.final.value).toBe('askWho');
    expect(said(r.effects)).toEqual(['case-file.correct.who-is-a-day']);
    expect(corrections(r.effects)).toEqual([]);
  });

  it('a date it cannot read, or one still to come, is asked again; nothing changes', () => {
    const r = replay(m, input([FIRST]), [choice('yes'), choice('date'), text('the day of the meeting'), text('tomorrow')]);
    expect(r.final.value).toBe('askDate');
    expect(said(r.effects)).toEqual(['case-file.correct.date-unclear', 'case-file.correct.date-unclear']);
    expect(corrections(r.effects)).toEqual([]);
  });

  it('"no, leave it" at the read-back, "not this one" and "none of these" change nothing', () => {
    for (const events of [
      [choice('yes'), choice('date'), text('21 February'), choice('no')],
      [choice('no')],
      [choice('yes'), choice('none')],
    ]) {
      const r = replay(m, input([FIRST]), events);
      expect(r.done).toBe(true);
      expect(corrections(r.effects)).toEqual([]);
      expect(said(r.effects).at(-1)).toBe('case-file.correct.unchanged');
    }
    const none = replay(m, input([SECOND, FIRST]), [choice('none')]);
    expect(corrections(none.effects)).toEqual([]);
    expect(said(none.effects)).toEqual(['case-file.correct.unchanged']);
  });
});
