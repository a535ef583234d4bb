/** Triage's check when the answer to "what did you ask for?" reads like the school's reply. */
import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, ClassifyParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { soundsLikeTheirAnswer, speakerOf, speakerShown } from '../../../flows/advice/school-words.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { AT, choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';

const m = triageFlow.machine;
const INPUT = { children: [], nickname: '' };
const THEIRS = "The head of year told me they can't do anything until they have six weeks of data.";
const toRequest = [text('Sam')];

describe('triage: a request that reads like the school’s reply', () => {
  it.each([
    [THEIRS, true],
    ['they said no', true],
    ['Mrs Patel said it is not possible this term', true],
    ['We were told there is no money for it', true],
    ['A later start', false],
    ['A meeting with the SENCO about mornings', false],
    ['For him to be met at the gate by someone he trusts', false],
    // Their email pasted where the request was asked (the third walk): theirs, not the request.
    ['Dear Mrs Adeyemi,\n\nThank you for your email of 27 November. I am afraid that we are unable to agree to a later start at this time.\n\nKind regards,\n\nMr D. Thornton', true],
    ['Good afternoon,\nWe cannot offer a part-time timetable this term.', true],
    ['A later start\nand a quiet room first thing', false],
  ])('%j → %s', (words, yes) => expect(soundsLikeTheirAnswer(words)).toBe(yes));

  it('asks which it is; "theirs" keeps it as the statement and asks for the request again', () => {
    expect(initialTransition(m, INPUT)[0].value).toBe('nickname');
    const asked = replay(m, INPUT, [...toRequest, text(THEIRS)]);
    expect(asked.final.value).toBe('requestOrAnswer');
    const q = ofType<AskParams>(asked.effects, 'ask').at(-1);
    expect(q).toMatchObject({ key: 'triage.ask-request-or-answer', vars: { said: THEIRS }, freeText: false });
    expect(q?.choices?.map((c) => c.id)).toEqual(['theirs', 'mine']);

    const theirs = replay(m, INPUT, [...toRequest, text(THEIRS), choice('theirs'), text('A later start')]);
    expect(theirs.final.value).toBe('classifying');
    expect(ofType<ClassifyParams>(theirs.effects, 'classify')).toEqual([{ text: THEIRS }]);
    expect(ofType<NoteParams>(theirs.effects, 'note')).toEqual([{ kind: 'answer', topic: 'triage.request', text: 'A later start' }]);
    expect(ofType<AskParams>(theirs.effects, 'ask').map((a) => a.key)).not.toContain('triage.ask-statement');
  });

  it('the words shown back keep one pair of double quotes: the school\'s quote inside them is single-quoted', () => {
    const quoted = 'Mrs Patel emailed: "We cannot offer a later start." Unbelievable';
    const asked = replay(m, INPUT, [...toRequest, text(quoted)]);
    expect(ofType<AskParams>(asked.effects, 'ask').at(-1)?.vars).toEqual({ said: 'Mrs Patel emailed: \u2018We cannot offer a later start.\u2019 Unbelievable' });
  });

  it('"theirs" then skip: classified with no request noted', () => {
    const r = replay(m, INPUT, [...toRequest, text(THEIRS), choice('theirs'), choice('skip')]);
    expect(r.final.value).toBe('classifying');
    expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([{ text: THEIRS }]);
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
  });

  it('"mine" files it as the request and asks what the school said', () => {
    const r = replay(m, INPUT, [...toRequest, text(THEIRS), choice('mine')]);
    expect(r.final.value).toBe('statement');
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([{ kind: 'answer', topic: 'triage.request', text: THEIRS }]);
  });

  it('an ordinary request goes straight on to the statement', () => {
    expect(replay(m, INPUT, [...toRequest, text('A later start')]).final.value).toBe('statement');
  });
});

describe('triage: who said it', () => {
  it.each([
    ['Mrs Patel said it is not possible this term', 'Mrs Patel'],
    ['The head of year told me they need more data', 'Head of year'],
    ['Honestly, the SENCO said the group is full', 'SENCO'],
    ['They said no', undefined],
    ['Dear Mrs Okafor,\nWe are unable to agree a reduced timetable.\nKind regards,\nMr Hill, Headteacher', 'Mr Hill, Headteacher'],
    ['We cannot do this.\nThanks\n\nJo Bloggs\nSENCO', 'Jo Bloggs'],
    ['No staff, sorry.\nKind regards,\nPlease do not reply to this address.', undefined],
    ['The school said no', undefined],
    ['The head, Mrs Okafor, told me last tuesday they have no staff', 'Mrs Okafor'],
    ['The head of year, Mr Dunn, said it is not possible', 'Mr Dunn'],
    ['Email from the SENCo this morning: "We do not have the staffing capacity."', 'SENCo'],
    ['A letter from Mrs Patel: we cannot offer this', 'Mrs Patel'],
    ['Got an email from the principal saying no', 'Principal'],
    ['A message from the school today: no', undefined],
    ['The depute head phoned yesterday and said the tuition service is only for medical cases', 'Depute head'],
    ['The assistant principal called me this morning to say no', 'Assistant principal'],
    ['Her guidance teacher rang to say there is no space in the base', undefined],
    // The lead's walk (7 December): a role set between the name and the verb.
    ['Mr. Brandt, the assistant principal, emailed back that they need 6 weeks of data first', 'Mr. Brandt'],
    ['Ms Ruiz (the school counselor) told me there is nothing more she can do', 'Ms Ruiz'],
    ['Mrs Okafor, head of year 9 at the academy, said it would set a precedent', 'Mrs Okafor'],
    ['before i even sat down the depute head handed me a printed timetable and said the decision had been made', 'Depute head'],
    ['The SENCO looked at the report and told me they need six more weeks', 'SENCO'],
    ['the head handed me a form and i said no thank you', undefined],
  ])('%j names %j', (words, who) => expect(speakerOf(words)).toBe(who));

  // "From what you wrote, that was {who}": a person or an office as signed; a bare role after "the".
  it.each([
    ['Mrs A. Fenwick', 'Mrs A. Fenwick'],
    ['Mr J Patel', 'Mr J Patel'],
    ['Dr. Raymond Cole', 'Dr. Raymond Cole'],
    ['Jo Bloggs', 'Jo Bloggs'],
    ['Attendance and Welfare Office', 'the Attendance and Welfare Office'],
    ['Head of year', 'the head of year'],
    ['SENCO', 'the SENCO'],
    ['SENCo', 'the SENCo'],
  ])('shows %j as %j', (speaker, shown) => expect(speakerShown(speaker)).toBe(shown));

  const upToWho = (statement: string) => [text('Sam'), text('A later start'), text(statement), classified('resources', true)];

  it('offers the person the statement names first, and notes their name when picked', () => {
    const at = replay(m, INPUT, upToWho('Mrs Patel said there is nobody free to meet him at the gate.'));
    expect(at.final.value).toBe('who');
    const q = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(q?.choices?.[0]).toEqual({ id: 'said-by', key: 'triage.who.said-by', vars: { who: 'Mrs Patel' } });
    const done = replay(m, INPUT, [...upToWho('Mrs Patel said there is nobody free to meet him at the gate.'), choice('said-by'), choice('today'), choice('yes')]);
    expect(ofType<NoteParams>(done.effects, 'note').find((n) => n.kind === 'statement')?.who).toBe('Mrs Patel');
  });

  it('confirms a day the statement names without offering it twice ("Yes, yesterday" and "Yesterday")', () => {
    const at = replay(m, INPUT, [...upToWho('Mrs Patel told me yesterday there is nobody free to meet him.'), choice('said-by')]);
    expect(at.final.value).toBe('when');
    const q = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(q?.key).toBe('triage.confirm-when');
    expect(q?.choices?.map((c) => c.id)).toEqual(['named', 'today', 'this-week']);
    const tuesday = replay(m, INPUT, [...upToWho('Mrs Patel told me on Tuesday there is nobody free to meet him.'), choice('said-by')]);
    expect(ofType<AskParams>(tuesday.effects, 'ask').at(-1)?.choices?.map((c) => c.id)).toEqual(['named', 'today', 'yesterday', 'this-week']);
  });

  it.each(['yesterday', 'last Thursday', 'it was on Monday'])('takes no %j as who said it: says so, and asks who again, then when', (day) => {
    const statement = 'The deputy head said they don\'t have the staff to meet her at 10 so it can\'t happen.';
    const r = replay(m, INPUT, [...upToWho(statement), text(day)]);
    expect(r.final.value).toBe('who');
    expect(spoken(r.effects).slice(-2)).toEqual(['triage.who-is-a-day', 'triage.confirm-who']);
    const on = replay(m, INPUT, [...upToWho(statement), text(day), text('the deputy head, Mr Hill'), choice('yesterday'), choice('yes')]);
    expect(ofType<NoteParams>(on.effects, 'note').find((n) => n.kind === 'statement')?.who).toBe('the deputy head, Mr Hill');
    // A name with a day in it is still a name.
    expect(replay(m, INPUT, [...upToWho(statement), text('Mrs Patel, yesterday')]).final.value).toBe('when');
  });

  it('never offers the day of the parent\'s own email ("Thank you for your email of 27 November") as the day the school said it', () => {
    const statement = 'Dear Mrs Adeyemi, Thank you for your email of 27 November regarding Beatrice. I am afraid that we are unable to agree to a later start. Mr D. Thornton';
    const at = replay(m, INPUT, [...upToWho(statement), choice('teacher')]);
    const q = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(q?.key).toBe('triage.ask-when');
    expect(q?.choices?.map((c) => c.id)).not.toContain('named');
    // A day the school's answer itself names is still offered.
    const theirs = replay(m, INPUT, [...upToWho('Thank you for your email of 27 November. We discussed it on Tuesday and cannot agree.'), choice('teacher')]);
    expect(ofType<AskParams>(theirs.effects, 'ask').at(-1)).toMatchObject({ key: 'triage.confirm-when', vars: { when: 'Tuesday' } });
  });

  it('a relative day at the start of a sentence is read back in lower case ("You mentioned today", not "Today"; eleventh walk W11-18)', () => {
    const at = replay(m, INPUT, [...upToWho('Today Mrs Patel said there is nobody free to meet him at the gate.'), choice('said-by')]);
    const q = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(q).toMatchObject({ key: 'triage.confirm-when', vars: { when: 'today' } });
    expect(q?.choices?.[0]).toEqual({ id: 'named', key: 'triage.when.named', vars: { when: 'today' } });
    // A weekday or a date keeps its capital.
    const tue = replay(m, INPUT, [...upToWho('On Tuesday Mrs Patel said there is nobody free to meet him at the gate.'), choice('said-by')]);
    expect(ofType<AskParams>(tue.effects, 'ask').at(-1)).toMatchObject({ vars: { when: 'Tuesday' } });
  });

  it('"Email from the SENCo this morning: …" confirms the SENCo, then the day as today', () => {
    const statement = 'Email from the SENCo this morning: "Unfortunately we do not have the staffing capacity to provide 1:1 support."';
    const at = replay(m, INPUT, upToWho(statement));
    expect(ofType<AskParams>(at.effects, 'ask').at(-1)?.choices?.[0]?.id).toBe('senco');
    const when = replay(m, INPUT, [...upToWho(statement), choice('senco')]);
    const q = ofType<AskParams>(when.effects, 'ask').at(-1);
    expect(q).toMatchObject({ key: 'triage.confirm-when', vars: { when: 'this morning' } });
    expect(q?.choices?.map((c) => c.id)).toEqual(['named', 'yesterday', 'this-week']);
    const done = replay(m, INPUT, [...upToWho(statement), choice('senco'), choice('named'), choice('yes')]);
    expect(ofType<NoteParams>(done.effects, 'note').find((n) => n.kind === 'statement')?.said_on).toBe(AT.slice(0, 10));
  });

  it.each([
    ['The head told me the panel had already decided', 'head'],
    ['The SENCO said the group is full', 'senco'],
    ['the ALNCo said they want half a term of data first', 'senco'],
    ['Honestly, the class teacher said he needs to try harder', 'teacher'],
    ['The council said the tuition service is only for children with a medical certificate', 'district'],
  ])('puts the matching role first, not a second button, for %j', (statement, role) => {
    const at = replay(m, INPUT, upToWho(statement));
    const ids = ofType<AskParams>(at.effects, 'ask').at(-1)?.choices?.map((c) => c.id);
    expect(ids?.[0]).toBe(role);
    expect(ids).not.toContain('said-by');
    expect([...(ids ?? [])].sort()).toEqual(['district', 'head', 'meeting', 'not-school', 'senco', 'teacher']);
  });

  it('continues the open case from a reply: straight to classifying, no child or request asked, nothing filed twice', () => {
    const input = { children: ['Sam', 'Bo'], nickname: 'Sam', statement: 'Mr Hughes says no support until February.', request: 'A later start', continuing: true };
    const at = replay(m, input, []);
    expect(at.final.value).toBe('classifying');
    expect(ofType<{ text: string }>(at.effects, 'classify').map((c) => c.text)).toEqual(['Mr Hughes says no support until February.']);
    expect(ofType<AskParams>(at.effects, 'ask')).toEqual([]);
    expect(ofType<NoteParams>(at.effects, 'note')).toEqual([]);
  });

  it('continuing without a known request asks only for the request', () => {
    const at = replay(m, { children: ['Sam', 'Bo'], nickname: 'Sam', statement: 'No support until February.', request: '', continuing: true }, []);
    expect(at.final.value).toBe('request');
    const alone = replay(m, { children: ['Sam', 'Bo'], nickname: 'Sam', statement: 'No support until February.', request: 'A later start' }, []);
    expect(alone.final.value).toBe('whichChild');
  });

  it('keeps what reads like the school\'s no, typed where the name was asked, and asks the name again', () => {
    const r = replay(m, INPUT, [text("they won't do a later start")]);
    expect(r.final.value).toBe('nickname');
    expect(spoken(r.effects).slice(-2)).toEqual(['triage.nickname.kept-statement', 'triage.ask-nickname']);
    expect(ofType<{ type: string }>(r.effects, 'openCase')).toEqual([]);
    // Then: the name, what they asked for, and straight on to classifying that statement.
    const on = replay(m, INPUT, [text("they won't do a later start"), text('Bean'), text('A later start')]);
    expect(on.final.value).toBe('classifying');
    expect(ofType<ClassifyParams>(on.effects, 'classify').map((c) => c.text)).toEqual(["they won't do a later start"]);
  });

  it('lets the school\'s words, typed where the name was asked, take the place of a short opener from the menu', () => {
    const opener = { ...INPUT, statement: 'school said no again' };
    const on = replay(m, opener, [text("they won't do a later start for him"), text('Bean'), text('A later start')]);
    expect(ofType<ClassifyParams>(on.effects, 'classify').map((c) => c.text)).toEqual(["they won't do a later start for him"]);
    const full = { ...INPUT, statement: 'We cannot offer a reduced timetable to anyone this term, it is our policy.' };
    const kept = replay(m, full, [text("they won't do it"), text('Bean'), text('A later start')]);
    expect(ofType<ClassifyParams>(kept.effects, 'classify').map((c) => c.text)).toEqual([full.statement]);
  });

  // Kept in the parent's words, never thrown away (thirteenth walk, W13-1), then the name asked again.
  it.each([['my son is twelve and autistic'], ['I am so tired of all this, honestly']])('keeps a sentence like %j and asks for just a short name', (words) => {
    const r = replay(m, INPUT, [text(words)]);
    expect(r.final.value).toBe('nickname');
    expect(spoken(r.effects).slice(-2)).toEqual(['triage.nickname.kept-words', 'triage.ask-nickname']);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).toEqual([words]);
    expect(replay(m, INPUT, [text(words), text('J')]).final.value).toBe('request');
  });

  it.each([
    ["My son is 15 and autistic. I asked for homebound instruction and the assistant principal said they can't even consider it.", 'the assistant principal'],
    ['We asked for a reduced timetable and the Designated Teacher said "We\'ve never done that for a looked-after child."', 'the designated teacher'],
  ])('hears the role who said it later in the parent\'s message (%j) and confirms it', (story, shown) => {
    const at = replay(m, INPUT, upToWho(story));
    expect(at.final.value).toBe('who');
    expect(ofType<AskParams>(at.effects, 'ask').at(-1)).toMatchObject({ key: 'triage.confirm-who', vars: { who: shown } });
  });

  it('asks what the school actually said after a first message that only says there was a no ("school said no agian")', () => {
    const at = replay(m, { ...INPUT, statement: 'school said no agian' }, [text('ollie'), text('half days')]);
    expect(at.final.value).toBe('statement');
    expect(ofType<AskParams>(at.effects, 'ask').at(-1)?.key).toBe('triage.ask-statement');
    const on = replay(m, { ...INPUT, statement: 'school said no agian' }, [text('ollie'), text('half days'), text('The principal said half days are not possible.')]);
    expect(ofType<ClassifyParams>(on.effects, 'classify')).toEqual([{ text: 'The principal said half days are not possible.' }]);
    // A short statement with something in it is still the school's words.
    expect(replay(m, { ...INPUT, statement: "they won't do a later start" }, [text('ollie'), text('a later start')]).final.value).toBe('classifying');
  });

  it('offers back the request the parent\'s message already names, instead of asking as if it had not been said', () => {
    const story = 'My son is 15 and autistic. I asked for homebound instruction and the assistant principal said they can\'t even consider it without a doctor\'s note first.';
    const at = replay(m, { ...INPUT, statement: story }, [text('Danny')]);
    expect(at.final.value).toBe('request');
    const ask = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(ask).toMatchObject({ key: 'triage.confirm-request', vars: { request: 'homebound instruction' }, freeText: true });
    expect(ask?.choices?.map((c) => c.id)).toEqual(['named']);
    const tapped = replay(m, { ...INPUT, statement: story }, [text('Danny'), choice('named')]);
    expect(tapped.final.value).toBe('classifying');
    expect(ofType<NoteParams>(tapped.effects, 'note').find((n) => n.topic === 'triage.request')?.text).toBe('homebound instruction');
    // Typed instead, the parent's words are the request, as before.
    const typed = replay(m, { ...INPUT, statement: story }, [text('Danny'), text('home tuition for now')]);
    expect(ofType<NoteParams>(typed.effects, 'note').find((n) => n.topic === 'triage.request')?.text).toBe('home tuition for now');
    // A message that names no request: asked as before.
    expect(ofType<AskParams>(replay(m, { ...INPUT, statement: 'school said no again' }, [text('Danny')]).effects, 'ask').at(-1)?.key).toBe('triage.ask-request');
  });

  it.each([['done'], ['she didnt go'], ['full'], ['yes']])('opens no case for %j: an answer, not a name', (typed) => {
    const r = replay(m, INPUT, [text(typed)]);
    expect(r.final.value).toBe('nickname');
    expect(spoken(r.effects).slice(-2)).toEqual(['triage.nickname.not-a-name', 'triage.ask-nickname']);
    expect(ofType<{ type: string }>(r.effects, 'openCase')).toEqual([]);
    const several = replay(m, { ...INPUT, children: ['Kay'] }, [text(typed)]);
    expect(several.final.value).toBe('whichChild');
    expect(ofType<{ type: string }>(several.effects, 'openCase')).toEqual([]);
  });

  it.each([['Bean'], ['Little Bear'], ['Sam (10)'], ['J'], ['I'], ['Henry'], ['Isla']])('takes %j as the name', (name) => {
    expect(replay(m, INPUT, [text(name)]).final.value).toBe('request');
  });

  it.each([
    ['the SENCO', 'senco'],
    ['Head teacher', 'head'],
    ['his teacher', 'teacher'],
    ['Mrs Patel, the deputy head', 'Mrs Patel, the deputy head'],
  ])('files a typed "who said it?" of %j as the button %j would be, or in the parent\'s words', (typed, who) => {
    const whoOf = (e: FlowEvent) => ofType<NoteParams>(replay(m, INPUT, [...upToWho('They said there is nobody free.'), e, choice('today'), choice('yes')]).effects, 'note').find((n) => n.kind === 'statement')?.who;
    const pressed = ['senco', 'head', 'teacher'].includes(who) ? whoOf(choice(who)) : who;
    expect(pressed).toBeTruthy();
    expect(whoOf(text(typed))).toBe(pressed);
  });

  it('offers only the usual roles when the statement names nobody', () => {
    const at = replay(m, INPUT, upToWho('They said there is nobody free.'));
    expect(ofType<AskParams>(at.effects, 'ask').at(-1)?.choices?.map((c) => c.id)).toEqual(['teacher', 'senco', 'head', 'district', 'meeting', 'not-school']);
  });
});

describe('triage: an answer with nothing to keep is asked for again', () => {
  const afterStatement = [text('Sam'), text('A later start')];

  it.each(['1', 'ok', 'yes', '?'])('the request %j is not kept, and the request is asked again in other words', (typed) => {
    const r = replay(m, INPUT, [...toRequest, text(typed)]);
    expect(r.final.value).toBe('request');
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('triage.ask-request-words');
    // Then a real request is kept as usual.
    const then = replay(m, INPUT, [...toRequest, text(typed), text('A later start')]);
    expect(then.final.value).toBe('statement');
    expect(ofType<NoteParams>(then.effects, 'note')).toEqual([{ kind: 'answer', topic: 'triage.request', text: 'A later start' }]);
  });

  it.each(['2', '...', '?'])('the school’s words %j are not classified, and asked for again', (typed) => {
    const r = replay(m, INPUT, [...afterStatement, text(typed)]);
    expect(r.final.value).toBe('statement');
    expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([]);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('triage.ask-statement-words');
  });

  it('a school’s answer of just "No." is still taken as what they said', () => {
    const r = replay(m, INPUT, [...afterStatement, text('No.')]);
    expect(r.final.value).toBe('classifying');
    expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([{ text: 'No.' }]);
  });

  it('a request held with a pasted statement: a stray "1" is not filed as the request', () => {
    const input = { ...INPUT, statement: THEIRS };
    const r = replay(m, input, [text('Sam'), text('1')]);
    expect(r.final.value).toBe('request');
    expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([]);
  });
});
