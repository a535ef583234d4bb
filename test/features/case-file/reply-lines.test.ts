/**
 * The fifth walk: the school's second answer, pasted at "What did they say?" as the email it was
 * (greeting, body, "Kind regards," and the signer), was flattened to one line before triage: the
 * signer was not offered at "Who said it?", and letters would quote "Dear Mr Pritchard, … Kind
 * regards, Eleri Watkins Head of Year 8" as their answer. The reply keeps its lines.
 */
import { describe, expect, it } from 'vitest';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { whoParams } from '../../../flows/advice/triage-questions.js';
import type { FlowOutput, NoteParams } from '../../../src/core/flow-kit.js';
import { statementFrom } from '../../../src/features/advice/email-frame.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const EMAIL = [
  'Dear Mr Pritchard,',
  'Thank you for your letter. We can offer Osian a 9:30 start on Mondays and Wednesdays, when Mr Hughes is free to meet him.',
  'We are not able to extend this to the other days at present.',
  'Kind regards,',
  'Eleri Watkins',
  'Head of Year 8',
].join('\n');

describe('a reply pasted as an email', () => {
  it('goes to triage, and into the notes, with its lines', () => {
    const r = replay(followUpFlow.machine, { mode: 'replied', request: 'A later start' }, [text(EMAIL), choice('respond')]);
    expect((r.final.output as FlowOutput).input?.statement).toBe(EMAIL);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).toEqual([EMAIL]);
  });

  it('so "Who said it?" offers the one who signed it', () => {
    const asked = whoParams({ context: { ...statementFrom(EMAIL) } as never });
    expect(asked.key).toBe('triage.confirm-who');
    expect(asked.choices?.[0]).toMatchObject({ id: 'said-by', vars: { who: 'Eleri Watkins' } });
  });

  it('a very long paste is still cut to its limit', () => {
    const long = `${EMAIL}\n${'More words. '.repeat(500)}`;
    const r = replay(followUpFlow.machine, { mode: 'replied' }, [text(long), choice('keep')]);
    expect(ofType<NoteParams>(r.effects, 'note')[0]?.text.length).toBeLessThanOrEqual(4000);
  });
});
