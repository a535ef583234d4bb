/**
 * The fourth walk: a pasted email thread (the newest reply on top, the parent's own email and
 * older replies quoted under it), and the school's email pasted at "Who said it?" after the
 * parent's own account from the menu was taken as what was said.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, ClassifyParams, NoteParams } from '../../../src/core/flow-kit.js';
import { newestMessage } from '../../../src/features/advice/email-frame.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { HELD_TOPICS } from '../../../flows/advice/triage-notes.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';

const m = triageFlow.machine;
const INPUT = { children: [], nickname: '' };

const NEWEST = [
  'Hi Ms Obi,',
  '',
  'I have now talked this through with the deputy head and we cannot agree to mornings only at the moment.',
  '',
  'Regards,',
  'Mrs L. Carter',
  'SENCo',
].join('\n');

const THREAD = [
  'RE: RE: Amara - mornings',
  '',
  NEWEST,
  '',
  'From: Ngozi Obi',
  'Sent: 02 December 2026 19:40',
  'To: Carter, L.',
  'Subject: RE: Amara - mornings',
  '',
  'Dear Mrs Carter,',
  'She is coming home by 11 most days. Could mornings only be looked at again please?',
  'Ngozi',
].join('\n');

describe('newestMessage: the reply on top of a pasted thread', () => {
  it('drops the subject line and everything from the first quoted header on', () => {
    expect(newestMessage(THREAD)).toBe(NEWEST);
  });

  it.each([
    [`${NEWEST}\n\nOn Tue, 1 Dec 2026 at 18:02, Ngozi Obi <n.obi@example.org> wrote:\n> Could mornings be looked at again?`, NEWEST],
    [`${NEWEST}\n\n-----Original Message-----\nFrom: Ngozi Obi\nCould mornings be looked at again?`, NEWEST],
    [`${NEWEST}\n> Could mornings be looked at again?`, NEWEST],
    [`Fwd: mornings\n${NEWEST}`, NEWEST],
  ])('%#: cuts the quoted history', (pasted, newest) => expect(newestMessage(pasted)).toBe(newest));

  it.each([
    'We cannot agree to mornings only.',
    'Re: the meeting, they said they cannot do mornings only',
    'From: what the head said on Monday, it is a no.\nShe will not change her mind.',
    'The SENCO said on Monday that she wrote: no part-time.\nThen nothing since.',
  ])('leaves a message that is not a thread as it is: %j', (words) => expect(newestMessage(words)).toBe(words));
});

describe('triage: a pasted thread', () => {
  const upToWhen = [text('Amara'), text('Mornings only for a few weeks'), text(THREAD)];

  it('classifies the newest reply only, keeps the whole paste in the parent\'s words, and says so', () => {
    const r = replay(m, INPUT, upToWhen);
    expect(ofType<ClassifyParams>(r.effects, 'classify').map((c) => c.text)).toEqual([NEWEST]);
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual({ kind: 'parent_words', topic: 'triage.first-message', text: THREAD, refiles: HELD_TOPICS });
    expect(spoken(r.effects)).toContain('triage.thread-kept');
  });

  it('offers the newest reply\'s signer, and no day from the parent\'s own quoted email', () => {
    const at = replay(m, INPUT, [...upToWhen, classified('precedent', true)]);
    expect(ofType<AskParams>(at.effects, 'ask').at(-1)?.choices?.[0]).toEqual({ id: 'said-by', key: 'triage.who.said-by', vars: { who: 'Mrs L. Carter' } });
    const when = replay(m, INPUT, [...upToWhen, classified('precedent', true), choice('said-by')]);
    expect(ofType<AskParams>(when.effects, 'ask').at(-1)?.key).toBe('triage.ask-when');
    const done = replay(m, INPUT, [...upToWhen, classified('precedent', true), choice('said-by'), choice('today'), choice('yes')]);
    expect(ofType<NoteParams>(done.effects, 'note').find((n) => n.kind === 'statement')?.text).toBe(NEWEST);
  });

  it('a single message pasted is kept once, with no word about a thread', () => {
    const r = replay(m, INPUT, [text('Amara'), text('Mornings only'), text(NEWEST)]);
    expect(ofType<ClassifyParams>(r.effects, 'classify').map((c) => c.text)).toEqual([NEWEST]);
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.kind === 'parent_words')).toEqual([]);
    expect(spoken(r.effects)).not.toContain('triage.thread-kept');
  });
});

describe('triage: the school\'s email pasted at "Who said it?"', () => {
  const ACCOUNT = 'I am his grandmother and have looked after him since he was four. His school have said no to him having a quiet room to go to in the mornings.';
  const EMAIL = [
    'Dear Mrs Beddoes,',
    '',
    'I have spoken with the pastoral team and I\'m afraid we are not able to offer a separate room for Kai at the start of the day. There is no member of staff free to supervise it before 9.30.',
    '',
    'Yours sincerely,',
    'Mr D. Harrow',
    'Assistant Head (Pastoral)',
  ].join('\n');
  const input = { ...INPUT, statement: ACCOUNT };
  const upToWho = [text('Kai'), text('A quiet room in the mornings'), classified('other', false)];

  it('takes it as what the school said: classified again, and "who" asked with its signer offered', () => {
    const r = replay(m, input, [...upToWho, text(EMAIL)]);
    expect(r.final.value).toBe('classifying');
    expect(spoken(r.effects).at(-1)).toBe('triage.who-is-their-words');
    expect(ofType<ClassifyParams>(r.effects, 'classify').map((c) => c.text)).toEqual([ACCOUNT, EMAIL]);
    const who = replay(m, input, [...upToWho, text(EMAIL), classified('resources', true)]);
    expect(who.final.value).toBe('who');
    expect(ofType<AskParams>(who.effects, 'ask').at(-1)?.choices?.[0]).toEqual({ id: 'said-by', key: 'triage.who.said-by', vars: { who: 'Mr D. Harrow' } });
    const done = replay(m, input, [...upToWho, text(EMAIL), classified('resources', true), choice('said-by'), choice('today'), choice('yes')]);
    const filed = ofType<NoteParams>(done.effects, 'note').find((n) => n.kind === 'statement');
    expect(filed).toMatchObject({ text: EMAIL, who: 'Mr D. Harrow', category: 'resources' });
  });

  it.each(['Mr Harrow', 'the assistant head', 'Mr D. Harrow, Assistant Head (Pastoral)', 'A teacher told me at the gate'])('a short answer is still who said it: %j', (who) => {
    const r = replay(m, input, [...upToWho, text(who)]);
    expect(r.final.value).toBe('when');
  });
});

describe('say-next: a pasted thread', () => {
  const s = sayNextFlow.machine;

  it.each([
    ['typed at "What did the school say?"', {}, [text(THREAD)]],
    ['given with the command ("/say …")', { statement: THREAD }, []],
  ])('%s: the newest reply is what they said; the whole thread is kept as the parent\'s words', (_, input, events) => {
    const r = replay(s, input, [...events, classified('precedent', true)]);
    expect(ofType<ClassifyParams>(r.effects, 'classify').map((c) => c.text)).toEqual([NEWEST]);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.find((n) => n.kind === 'statement')?.text).toBe(NEWEST);
    expect(notes).toContainEqual({ kind: 'parent_words', topic: 'say-next.thread', text: THREAD, refiles: HELD_TOPICS });
  });
});
