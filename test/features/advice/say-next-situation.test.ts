/**
 * The fourteenth walk's W14-1: "what do I say next?" gave the same replies ("Thank you for
 * getting back to me…") to seven weeks of silence, a fine warning, support agreed and not
 * delivered, and "leave it with me". Say-next reads the case's situation (the one picked, handed
 * in as `situation`, or cued from the school's words) and offers replies that fit it; a case with
 * no situation keeps the replies for its kind of no.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow, TONES } from '../../../flows/advice/say-next.flow.js';
import { REPLY_SETS } from '../../../flows/advice/say-next-replies.js';
import { shippedContent } from '../../../src/content/catalog.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';
import { choice as tap, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { profile, situation, triage } from './situation-steps.js';

const m = sayNextFlow.machine;

function replies(input: Record<string, unknown>, events = [classified('other', true)]) {
  const r = replay(m, input, events);
  return { said: spoken(r.effects), notes: ofType<NoteParams>(r.effects, 'note'), final: r.final.value };
}

describe('say-next follows the situation', () => {
  it('the situation picked for the case (support agreed, not delivered) gives its own replies, not the generic ones', () => {
    const recent = { text: 'we had a meeting in october and they agreed Reuben would be met at the gate every morning. nobody has met him once since half term', when: 'Mon 11 Jan' };
    const { said, notes } = replies({ recent, situation: 'not-delivered' }, [choice('recent'), classified('other', true)]);
    expect(said).toContain('say-next.situation.not-delivered');
    expect(said).toEqual(expect.arrayContaining(TONES.map((t) => `say-next.replies.situation.not-delivered.${t}`)));
    expect(said).toContain('say-next.questions.situation.not-delivered');
    expect(said.some((k) => k.startsWith('say-next.replies.other.'))).toBe(false);
    expect(said).not.toContain('say-next.kind.other');
    expect(notes.find((n) => n.kind === 'advice')?.text).toBe('say-next.advice-note.situation.not-delivered');
  });

  it.each([
    ['attendance', 'If there is no improvement within 15 school days a penalty notice of £80 per parent may be issued, and this could lead to prosecution.'],
    ['silence', 'I emailed on 30 November and again on 11 December. nothing. They set a meeting for 12 Jan and cancelled it the morning of. no new date.'],
    ['off-roll', 'Some families find elective home education works better. I can send you the form to take him off roll.'],
    ['sent-home', 'They rang me to collect him again, he had to go home to calm down. Fourth time this month.'],
    ['loose-yes', 'yep sounds reasonable, leave it with me and I\'ll look into it'],
  ])('cued from the words: %s', (set, statement) => {
    const { said } = replies({ statement });
    // Silence's replies hold the days written on when the words name them (review13-5): their `.dated` keys.
    expect(said.map((k) => k.replace(/\.(?:dated|cancelled|dated-cancelled)$/, ''))).toEqual(expect.arrayContaining(TONES.map((t) => `say-next.replies.situation.${set}.${t}`)));
    expect(said.some((k) => k.startsWith('say-next.replies.other.'))).toBe(false);
  });

  it('a case with no situation keeps the replies for its kind of no', () => {
    const { said } = replies({ statement: "We don't have the staff for a key adult." }, [classified('resources', true)]);
    expect(said).toContain('say-next.replies.resources.collaborative');
    expect(said.some((k) => k.includes('.situation.'))).toBe(false);
    const other = replies({ statement: 'We will discuss it at the next staff meeting.' });
    expect(other.said).toContain('say-next.replies.other.collaborative');
    // "…and let you know" promises a later answer and refuses nothing: not a no yet (W15-2, changed on purpose).
    expect(replies({ statement: 'We will discuss it at the next staff meeting and let you know.' }).said).toContain('say-next.not-a-no');
  });

  it('a new statement confidently of one of the five kinds is not given the case\'s old situation', () => {
    const { said } = replies({ statement: 'We need more attendance data before we change anything.', situation: 'attendance' }, [classified('data', true)]);
    expect(said).toContain('say-next.replies.data.collaborative');
  });

  it('never thanks a school for a reply it did not send', () => {
    const content = shippedContent();
    for (const set of REPLY_SETS) {
      for (const t of TONES) expect(content.has(`say-next.replies.situation.${set}.${t}`), `${set}.${t}`).toBe(true);
    }
    const words = (k: string) => content.render(k, { nickname: 'Fin' });
    for (const set of ['silence', 'attendance', 'off-roll', 'sent-home', 'not-delivered'] as const) {
      expect(words(`say-next.replies.situation.${set}.collaborative`)).not.toMatch(/thank you for (?:getting back|your reply|replying)/i);
    }
  });
});

describe('say-next reads the situation picked for the case, through the engine', () => {
  let app: TestApp | undefined;
  afterEach(() => app?.cleanup());

  it('agreed support not delivered, picked a minute before: "what do I say next?" offers its replies (W14-1, walk a)', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: 'We will look at it when we can.', who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'none', 'he');
    r = await situation(app, r, 'not-delivered');
    expect(lastQuestion(r).key).toBe('not-delivered.ask-provision');
    r = await app.send('what do I say next?');
    expect(lastQuestion(r).key).toBe('say-next.ask-recent');
    r = await app.send(tap('recent', lastQuestion(r).promptId));
    expect(keys(r)).toContain('say-next.replies.situation.not-delivered.collaborative');
    expect(keys(r)).not.toContain('say-next.replies.other.collaborative');
  });
});

describe('the letter for a situation is its own flow\'s (W14-2: the off-roll offer got "Rather than focusing on any one programme…")', () => {
  it('"Yes, draft a letter" hands over to the situation\'s flow, with the child and the school\'s words', () => {
    const statement = 'Some families find elective home education works better. I can send you the form to take him off roll.';
    const r = replay(m, { statement, nickname: 'Arjun' }, [classified('other', true), choice('yes')]);
    expect(r.final.status).toBe('done');
    expect(r.final.output).toMatchObject({ next: 'situation.off-roll', input: { nickname: 'Arjun', statement, category: 'other' } });
  });

  it('with no child open, the name is asked first; skipping it keeps say-next\'s own letter', () => {
    const statement = 'I emailed on 30 November and 11 December and heard nothing back.';
    const asked = replay(m, { statement }, [classified('other', true), choice('yes')]);
    expect(asked.final.value).toBe('situationChild');
    const named = replay(m, { statement }, [classified('other', true), choice('yes'), text('Fin')]);
    expect(named.final.output).toMatchObject({ next: 'situation.silence', input: { nickname: 'Fin' } });
    const skipped = replay(m, { statement }, [classified('other', true), choice('yes'), choice('skip')]);
    expect(skipped.final.value).not.toBe('done');
  });

  it('a day typed where the child\'s name is asked for is not the name (W14-8, as at the letter\'s own child question)', () => {
    const statement = 'I emailed on 30 November and 11 December and heard nothing back.';
    const r = replay(m, { statement }, [classified('other', true), choice('yes'), text('friday 15 jan')]);
    expect(r.final.value).toBe('situationChild');
    expect(spoken(r.effects)).toContain('say-next.child-not-a-name');
  });

  it('a loose yes and a case with no situation keep say-next\'s letter', () => {
    for (const statement of ["yep sounds reasonable, leave it with me and I'll look into it", 'We will discuss it at the next staff meeting.']) {
      const r = replay(m, { statement, nickname: 'Zara' }, [classified('other', true), choice('yes')]);
      expect(r.final.status, statement).not.toBe('done');
    }
  });
});

describe('"leave it with me": the letter asks for the start date and who (W14-12)', () => {
  it('say-next drafts the agreed-start-date letter for a loose yes, and the kind\'s letter otherwise', async () => {
    const { letterParams } = await import('../../../flows/advice/say-next-letter.js');
    const base = { nickname: 'Zara', request: 'a 10am start', category: 'other' as const, date: '2027-02-08', recipient: 'Mrs Papadopoulos', saidOn: '2027-01-15', signOff: 'Nadia Haddad', answerQuote: '', answerWords: '' };
    const loose = letterParams({ context: { ...base, statement: 'yep sounds reasonable, leave it with me and I\'ll look into it' } as never });
    expect(loose.template).toBe('agreed-start-date');
    const other = letterParams({ context: { ...base, statement: 'We will discuss it at the next staff meeting.' } as never });
    expect(other.template).toBe('need-request');
  });
});
