/**
 * Left by the seventh walk (D-L3): "by 12/18" typed by an Illinois mother as when the data is
 * due gave no date to watch: `dueFrom` left numeric dates alone, since 12/1 is a different day
 * in the UK and the US. The case knows its order of day and month (the profile's place, as the
 * letters read "12/1"), so the flows hand it over and a numeric date is read in that order; one
 * that cannot be read in it (13/25 in the US) stays in the parent's words.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { dueFrom } from '../../../flows/advice/parent-answers.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { AT, choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

describe('dueFrom with the case\'s order (answered on Friday 2030-03-01)', () => {
  it.each([
    ['by 12/18', true, '2030-12-18'],
    ['by 3/18', true, '2030-03-18'],
    ['3/4', true, '2030-03-04'],
    ['3/4', false, '2030-04-03'],
    ['by 18/3', false, '2030-03-18'],
    ['12/18/2030', true, '2030-12-18'],
    ['by 18/12/2030', false, '2030-12-18'],
    ['1/2/31', false, '2031-02-01'],
    ['Ms Lee by 2/14', true, '2030-02-14'], // a fortnight gone: that day, never next year's (W14-3)
  ])('%j (month first: %s) is %s', (words, monthFirst, due) => {
    expect(dueFrom(words, AT, monthFirst)).toBe(due);
  });

  it.each([
    ['by 13/25', true],
    ['by 12/18', false],
    ['31/2', false],
    ['2/3 of the data', true],
    ['3/4/2030', undefined],
  ] as const)('%j (month first: %s) names no date', (words, monthFirst) => {
    expect(dueFrom(words, AT, monthFirst)).toBeUndefined();
  });
});

const US = JSON.stringify({ place: 'us', region: 'Illinois', plan: 'none', pronouns: 'he', schoolName: 'Mateo Rivera' });
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he', schoolName: 'Bean Hall' });

function dueOfNextStep(profile: string, byWhen: string): string | undefined {
  const events: FlowEvent[] = [choice('not-said'), text('they expect me to keep a log'), choice('nothing-yet'), text(byWhen)];
  const notes = ofType<NoteParams>(replay(noDataFlow.machine, { ...HANDOVER, profile }, events).effects, 'note');
  return notes.find((n) => n.kind === 'next_step')?.due;
}

describe('no.data: the date typed as numbers is the date to watch, in the family\'s order', () => {
  it('a US family\'s "by 12/18" is 18 December', () => {
    expect(dueOfNextStep(US, 'by 12/18')).toBe('2030-12-18');
  });
  it('an English family\'s "by 18/3" is 18 March', () => {
    expect(dueOfNextStep(ENGLAND, 'by 18/3')).toBe('2030-03-18');
  });
  it('"by 13/25" in the US reads as no date: the next step is ten school days on, as before', () => {
    expect(dueOfNextStep(US, 'by 13/25')).not.toBe('2030-12-18');
    expect(dueOfNextStep(US, 'by 13/25')).toMatch(/^2030-03-1\d$/);
  });
});
