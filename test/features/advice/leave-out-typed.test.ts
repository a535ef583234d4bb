/**
 * "leave it out" typed at "Type it the way you'd like the school to read it" (the eleventh walk,
 * W11-3): an instruction, never the line's new words. A line the letter can do without is left
 * out, as the button does it; a line it needs (the request) stays, and the parent is told why
 * and asked again. By state ids, content keys and notes; the words are checked below.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { loadContent } from '../../../src/content/catalog.js';
import { asksToLeaveOut } from '../../../flows/advice/letter-wording-states.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const stop = { atWordingCheck: 'stop' } as const;
const m = noDataFlow.machine;
const ANSWERS = [text('attendance patterns innit'), choice('not-said'), choice('nothing-yet'), text('Ms Lee by 14 March lol')];
const INSTRUCTIONS = ['leave it out', 'Leave it out.', 'take it out please', 'remove that line', "don't put that in", 'don’t put that in the letter', 'skip', 'Leave it out of the letter', 'please just leave that out', 'delete it', 'I don\'t want that in', 'no need for that line', 'take that bit out thanks'];

describe('"leave it out" typed where a line is reworded', () => {
  it.each(INSTRUCTIONS)('%j is an instruction', (words) => expect(asksToLeaveOut({ type: 'TEXT', text: words } as never)).toBe(true));

  it.each([
    'leave out the jargon, just say attendance data',
    'her attendance since September',
    'Ms Lee, by 14 March',
    'take it slowly, one step at a time',
    'skip days and late marks',
    "don't put her in the base",
    'remove the barriers to her attending',
  ])('%j is the line\'s words', (words) => expect(asksToLeaveOut({ type: 'TEXT', text: words } as never)).toBe(false));

  it.each(INSTRUCTIONS)('%j on a line the letter can do without: left out, noted as left out', (words) => {
    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words), choice('ok')], stop);
    expect(r.done).toBe(true);
    const notes = ofType<NoteParams>(r.effects, 'note').filter((n) => n.topic === 'data.missing');
    expect(notes.at(-1)).toEqual({ kind: 'answer', topic: 'data.missing', text: 'facts.choice.leave-out' });
    expect(notes.map((n) => n.text)).not.toContain(words);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.missing_data).toBe('');
  });

  it.each(INSTRUCTIONS)('%j on the request: it stays, the parent is told why and asked again', (words) => {
    const events = [...ANSWERS, choice('change'), choice('line:request'), text(words)];
    const r = replay(m, HANDOVER, events, stop);
    expect(r.final.value).toBe('reword');
    expect(ofType<SayParams>(r.effects, 'say').at(-1)?.key).toBe('facts.line-must-stay');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('facts.ask-reword');
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).not.toContain('triage.request');
    const then = replay(m, HANDOVER, [...events, text('a later start on Mondays'), choice('ok')], stop);
    expect(ofType<DraftParams>(then.effects, 'draft')[0]?.vars.request).toBe('a later start on Mondays');
  });

  it('says why in plain words (the question that follows asks for the words)', () => {
    const words = loadContent().render('facts.line-must-stay');
    expect(words).toMatch(/has to stay/);
    expect(words).toMatch(/what you're asking for/);
  });
});

describe('the wording check\'s own button typed where a line is reworded', () => {
  it.each(['Yes, draft the letter', 'yes draft the letter', 'looks good', 'send it'])('%j drafts the letter with the line as it was, never as its words', (words) => {
    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), text(words)], stop);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.missing_data).toBe('attendance patterns innit');
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).not.toContain(words);
  });
});
