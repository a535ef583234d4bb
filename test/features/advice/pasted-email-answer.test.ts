/**
 * Left by the fourth walk (F-L2): a whole email thread pasted at an open question of a kind of no
 * ("What has been tried so far?") became the letter's line ("What has been tried so far: RE: RE:
 * Amara…"). A pasted email there is kept in the notes as the parent's words, never as the line,
 * and the question is asked again for a sentence or two in their own words.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she', schoolName: 'Amara Obi' });
const THREAD = [
  'RE: RE: Amara - mornings',
  'Dear Mrs Obi,',
  'Thank you for your email. We will keep monitoring Amara for now.',
  'Kind regards,',
  'Mr Shah',
  '',
  'On 2 Dec 2026, Ngozi Obi wrote:',
  '> Could she start at 10?',
].join('\n');

describe('a pasted email at an open question of a kind of no', () => {
  it('is kept as the parent\'s words, not as the answer, and the question is asked again', () => {
    const r = replay(noDataFlow.machine, { ...HANDOVER, profile: ENGLAND }, [text(THREAD)]);
    const asks = ofType<AskParams>(r.effects, 'ask');
    expect(asks.length).toBe(2);
    expect(asks[1]?.key).toBe(asks[0]?.key);
    expect(spoken(r.effects)).toContain('common.pasted-email');
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.filter((n) => n.kind === 'answer')).toEqual([]);
    expect(notes.filter((n) => n.kind === 'parent_words').map((n) => n.text)).toEqual([THREAD]);
  });

  it('a sentence in their own words is the answer, as before', () => {
    const r = replay(noDataFlow.machine, { ...HANDOVER, profile: ENGLAND }, [text('They want her attendance figures for this term.')]);
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.kind === 'answer').map((n) => n.text)).toEqual(['They want her attendance figures for this term.']);
    expect(spoken(r.effects)).not.toContain('common.pasted-email');
  });
});
