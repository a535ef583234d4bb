/**
 * Fifteenth walk, W15-1 (say-next's part), W15-2 and W15-12: "what do I say next?" with nothing
 * from the school yet, a no with no reason, or words that are not a no ("we are looking into it")
 * was pushed to pick a kind of no; "nothing yet, i just want to ask them for more help" was filed as
 * the school's words; a reply pasted through say-next left the request waiting. By state and keys.
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams } from '../../../src/core/flow-kit.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { shippedContent } from '../../../src/content/catalog.js';
import { restateNos } from '../../../src/features/case-file/letter-from-notes.js';
import { sayNextMachine } from '../../../flows/advice/say-next.flow.js';
import { choice, classified, ofType, replay, text, type Effect } from '../flow-paths.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, sendLetterFor } from '../case-file/support.js';

const m = sayNextMachine;
const keysSaid = (effects: Effect[]) => ofType<{ key: string }>(effects, 'say').map((s) => s.key);
const statements = (effects: Effect[]) => ofType<NoteParams>(effects, 'note').filter((n) => n.kind === 'statement');
const PENDING = 'Mrs Ahmed is taking it to the head after half term.';
const LOOKING = 'We are looking into whether a shorter day is possible and will be in touch once the pastoral team has met on Thursday. Mrs Ahmed';

describe('nothing from the school yet (W15-1, W15-12)', () => {
  it('"What did the school say?" offers a way to say nothing has come', () => {
    const r = replay(m, {}, []);
    const asked = ofType<{ key: string; choices?: { id: string }[] }>(r.effects, 'ask').at(-1);
    expect(asked?.key).toBe('say-next.ask-statement');
    expect(asked?.choices?.map((c) => c.id)).toContain('nothing-yet');
  });

  it.each([
    'nothing so far, I want to ask for a quiet room for her',
    "Not yet. I haven't emailed anyone",
    "we haven't actually asked them yet",
    'no reply yet from anybody',
    "they haven't even answered my email",
  ])('"%s" is not filed as what the school said, and no kind of no is asked', (typed) => {
    const r = replay(m, {}, [text(typed)]);
    expect(r.final.value).toBe('done');
    expect(statements(r.effects)).toEqual([]);
    expect(ofType(r.effects, 'classify')).toEqual([]);
    expect(keysSaid(r.effects)).toContain('say-next.nothing-yet');
    // Kept, in the parent's own words.
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'parent_words', text: typed }));
  });

  it('the button does the same', () => {
    const r = replay(m, {}, [choice('nothing-yet')]);
    expect(r.final.value).toBe('done');
    expect(statements(r.effects)).toEqual([]);
  });

  it('"nothing can be done" is still their words', () => {
    const r = replay(m, {}, [text('nothing can be done until the new staff start in January')]);
    expect(ofType(r.effects, 'classify')).toHaveLength(1);
  });
});

describe('a no with no reason (W15-12)', () => {
  it.each(['idk they just keep saying no', 'school just said no again', 'the head says no every time'])('"%s" gets a way that names no kind', (typed) => {
    const r = replay(m, {}, [text(typed)]);
    expect(r.final.value).toBe('done');
    expect(keysSaid(r.effects)).toContain('say-next.no-reason');
    expect(statements(r.effects)).toEqual([]);
    // Never the replies that thank a school for looking into it.
    expect(keysSaid(r.effects).some((k) => k.startsWith('say-next.reply'))).toBe(false);
  });

  it('"Which sounds closest?" has a button for it', () => {
    const r = replay(m, { statement: 'they said no to the part time timetable' }, [classified('resources', false), choice('no-reason')]);
    expect(r.final.value).toBe('done');
    expect(statements(r.effects)).toEqual([]);
  });
});

describe('not a no yet (W15-2)', () => {
  it('"Which sounds closest?" has a way out for words that are not a no: kept as their reply, the request stops waiting', () => {
    const r = replay(m, { statement: PENDING }, [classified('resources', false)]);
    const asked = ofType<{ key: string; choices?: { id: string }[] }>(r.effects, 'ask').at(-1);
    expect(asked?.key).toBe('say-next.ask-which-kind');
    expect(asked?.choices?.map((c) => c.id)).toContain('not-a-no');
    const out = replay(m, { statement: PENDING }, [classified('resources', false), choice('not-a-no')]);
    // A holding message is offered now (return17, not-a-no-holding.test.ts).
    expect(out.final.value).toBe('offer');
    expect(statements(out.effects)).toEqual([]);
    expect(ofType<NoteParams>(out.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'response', text: PENDING }));
    expect(ofType(out.effects, 'closeFollowups')).toEqual([{ status: 'answered' }]);
    expect(keysSaid(out.effects)).toContain('say-next.not-a-no');
  });

  it('words that promise a later answer and refuse nothing are taken as not a no, even when the classifier is sure of a kind', () => {
    const r = replay(m, { statement: LOOKING }, [classified('data', true)]);
    expect(r.final.value).toBe('offer');
    expect(keysSaid(r.effects)).toContain('say-next.not-a-no');
    expect(statements(r.effects)).toEqual([]);
    // A no that also says they will look again is still a no.
    const no = replay(m, { statement: 'We are not able to agree to it at present. We will look at it again after Christmas.' }, [classified('resources', true)]);
    expect(keysSaid(no.effects)).not.toContain('say-next.not-a-no');
  });

  it('the same way out is among all the kinds', () => {
    const r = replay(m, { statement: PENDING }, [classified('resources', false), choice('cat:all'), choice('not-a-no')]);
    expect(r.final.value).toBe('offer');
  });
});

const app = caseAppsAfterEach();

describe("the school's reply pasted through say-next answers the request (W15-2)", () => {
  it('new words of theirs close the request waiting: no reminder, the packet and follow-up do not say no reply', async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toHaveLength(1);
    const q = question(await a.send(cmd('say')));
    expect(q.key).toMatch(/^say-next\.ask-recent/);
    await a.send(pick('something-else'));
    await a.send('We cannot offer a later start this term as we have no one free at the gate before 10.');
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual([]);
    // "letter follow-up" then drafts no "I haven't yet had a reply": it says they have answered.
    await a.send(cmd('restart'));
    const r = await a.send(cmd('letter', 'follow-up'));
    expect(keysOf(r)).toContain('case-file.letter.follow-up-answered');
    expect(keysOf(r)).not.toContain('letter.follow-up');
  });
});

describe('restate-nos states no kind of no the school did not give (W15-2)', () => {
  const note = (text: string, category: string, topic = 'say-next.statement'): NoteRow =>
    ({ id: 1, userId: 'u', caseId: 1, kind: 'statement', topic, text, category, who: 'Mrs Ahmed', saidOn: '2027-02-01', day: '2027-02-01', at: '2027-02-01T16:00:00.000Z' }) as NoteRow;

  it('words with no refusal in them, filed under the nearest kind, are not restated as a no', () => {
    const content = shippedContent();
    const reason = content.render('case-file.letter.no-line.reason.resources', { n: '1', date: '1 February 2027', who: 'Mrs Ahmed' }).slice(3);
    expect(restateNos(content, [note(LOOKING, 'resources')]) ?? '').not.toContain(reason);
    expect(restateNos(content, [note('We will look at it again after the review meeting on the 10th and let you know.', 'data', 'triage.statement')])).toBeUndefined();
  });

  it('a no is still restated', () => {
    const content = shippedContent();
    expect(restateNos(content, [note('We cannot staff a later start this term.', 'resources')])).toBeDefined();
    expect(restateNos(content, [note('they said no', 'resources')])).toBeDefined();
  });
});
