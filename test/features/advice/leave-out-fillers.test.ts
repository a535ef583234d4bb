/**
 * review9, 5: other ways of saying "leave it out" still became the letter's line ("nah leave it
 * out", "leave it out pls", "leave it out, she needs it kept private"), and so did "never mind",
 * "keep it as it is", "no leave it" and "Yes, draft the letter please". An instruction is read by
 * its core words with fillers around it (and a reason after it), not as the whole line. By state
 * ids, content keys and the draft's variables.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { asksToLeaveOut } from '../../../flows/advice/letter-wording-states.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const stop = { atWordingCheck: 'stop' } as const;
const m = noDataFlow.machine;
const ANSWERS = [text('attendance patterns innit'), choice('not-said'), choice('nothing-yet'), text('Ms Lee by 14 March lol')];
const AS_IT_WAS = 'attendance patterns innit';

const LEAVE_OUT = ['nah leave it out', 'leave it out pls', 'actually leave it out', 'leave that out for now please', 'leave it out, she needs it kept private', 'Oh just take it out then, thanks', 'no, remove it - the school knows already', 'take it out. his dad is in prison', "Leave that out! She doesn't want them to know"];
const KEEP = ['never mind', 'Never mind.', 'keep it as it is', 'no leave it', 'leave it as it is please', 'actually keep it', "it's fine as it is"];
const DRAFT = ['Yes, draft the letter please', 'yes please, draft the letter', 'ok draft it then'];

describe('"leave it out" said with fillers or a reason', () => {
  it.each(LEAVE_OUT)('%j is an instruction', (words) => expect(asksToLeaveOut({ type: 'TEXT', text: words } as never)).toBe(true));

  it.each(LEAVE_OUT)('%j: the line left out, noted as left out', (words) => {
    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words), choice('ok')], stop);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.topic === 'data.missing').at(-1)?.text).toBe('facts.choice.leave-out');
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.missing_data).toBe('');
  });

  it.each(['leave out the jargon, just say attendance data', 'take it slowly, one step at a time', 'never mind the data, ask about her mornings', 'keep it short: her attendance since September', 'Take it out of the morning. She can manage afternoons'])(
    '%j is still the line\'s words',
    (words) => {
      expect(asksToLeaveOut({ type: 'TEXT', text: words } as never)).toBe(false);
      const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words), choice('ok')], stop);
      expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.missing_data).toBe(words);
    },
  );
});

describe('"keep it as it is" typed where a line is reworded', () => {
  it.each(KEEP)('%j: back to the check with the line unchanged', (words) => {
    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words)], stop);
    expect(r.final.value).toBe('checkWording');
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).not.toContain(words);
    const then = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words), choice('ok')], stop);
    expect(ofType<DraftParams>(then.effects, 'draft')[0]?.vars.missing_data).toBe(AS_IT_WAS);
  });
});

describe('"Yes, draft the letter" with fillers typed where a line is reworded', () => {
  it.each(DRAFT)('%j drafts the letter with the line as it was', (words) => {
    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words)], stop);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.missing_data).toBe(AS_IT_WAS);
  });
});
