/**
 * The case profile and the situations behind a "no", through the engine (state ids and content
 * keys; words are checked in the letter test below): each situation gets its own advice, its
 * place's legal route, what to write down, a dated next step and its own letter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { letterOf, notes, profile, secondNo, signAs, situation, triage } from './situation-steps.js';

let app: TestApp;
afterEach(() => app?.cleanup());


describe('the case profile', () => {
  it('is asked once per case, kept as a note, and not asked again for the next "no"', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "We don't have the staff for that", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    r = await app.send(choice('none'));
    expect(lastQuestion(r).key).toBe('no-resources.ask-need');
    expect(notes(app).filter((n) => n.topic === 'case.profile')).toHaveLength(1);
    expect(JSON.parse(notes(app).find((n) => n.topic === 'case.profile')?.text ?? '{}')).toEqual({
      place: 'england',
      plan: 'ehcp',
      age: 'Year 8',
      pronouns: 'she',
    });

    // A second "no" for the same child, a minute later: straight to the situation.
    r = await secondNo(app);
    expect(lastQuestion(r).key).toBe('situation.ask');
    expect(keys(r).some((k) => k.startsWith('profile.'))).toBe(false);
  });

  it('"change profile" asks again and the newest answers win', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "We don't have the staff for that", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    r = await app.send('change profile');
    expect(lastQuestion(r).key).toBe('profile.ask-place');
    // Asked to change it: not "a few questions, asked once for this case".
    expect(keys(r)).toContain('profile.intro-change');
    expect(keys(r)).not.toContain('profile.intro');
    // A place it cannot read: said so, and asked again, without the introduction again.
    r = await app.send('over the hills');
    expect(keys(r)).toEqual(['profile.place-unknown', 'profile.ask-place']);
    r = await app.send('We live in Cardiff');
    expect(lastQuestion(r).key).toBe('profile.ask-plan');
    expect(lastQuestion(r).choices.map((c) => c.id)).toContain('idp');
    r = await app.send('she has an IDP');
    r = await app.send(choice('skip'));
    r = await app.send('he/him');
    expect(keys(r)).toContain('profile.saved.wales');
    const saved = notes(app).filter((n) => n.topic === 'case.profile').map((n) => JSON.parse(n.text) as { place: string; plan: string; pronouns: string });
    expect(saved.at(-1)).toMatchObject({ place: 'wales', plan: 'idp', pronouns: 'he' });
  });
});

describe("the child's name in letters", () => {
  it('is asked once before the first letter (the nickname offered), used in letters (in full first, then the first name), kept in the profile and changed with "change profile"', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "The counselling in her EHCP hasn't started, we don't have the staff", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    r = await situation(app, r, 'not-delivered');
    r = await app.send('30 minutes with the counsellor twice a week');
    r = await app.send('since half term, about 8 sessions');
    r = await app.send(choice('not-said'));
    expect(lastQuestion(r).key).toBe('facts.ask-school-name');
    expect(lastQuestion(r).choices.map((c) => c.id)).toEqual(['nickname']);
    r = await app.send('isabel barker');
    expect(lastQuestion(r).key).toBe('facts.ask-sign-off');
    r = await app.send('Jo Bloggs');
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    const letter = letterOf(await app.send(choice('ok'))).body;
    expect(letter).toContain('agreed for Isabel Barker and');
    expect(letter).toContain('How the sessions Isabel has missed');
    expect(letter).not.toMatch(/\bBean\b/);
    const saved = () => JSON.parse(notes(app).filter((n) => n.topic === 'case.profile').at(-1)?.text ?? '{}') as Record<string, string>;
    expect(saved()).toMatchObject({ place: 'england', schoolName: 'Isabel Barker' });

    // A second "no" for the same child: the letter comes without asking again.
    r = await secondNo(app);
    r = await app.send(choice('none'));
    r = await app.send('someone to meet her at the gate');
    r = await app.send(choice('skip'));
    r = await app.send(choice('skip'));
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    r = await app.send(choice('ok'));
    expect(keys(r)).not.toContain('facts.ask-school-name');
    expect(letterOf(r).body).toContain('Isabel Barker');

    // "change profile" shows it, to keep or retype.
    r = await app.send('change profile');
    r = await app.send(choice('england'));
    r = await app.send(choice('ehcp'));
    r = await app.send(choice('skip'));
    r = await app.send(choice('she'));
    expect(lastQuestion(r).key).toBe('profile.ask-school-name');
    expect(lastQuestion(r).choices.map((c) => c.id)).toEqual(['keep']);
    // A teacher's titled name here is not the child's: asked again.
    r = await app.send('Mrs Okafor');
    expect(keys(r)).toEqual(['facts.child-name-titled', 'profile.ask-school-name']);
    r = await app.send('Izzy Barker');
    expect(keys(r)).toContain('profile.saved.england');
    expect(saved()).toMatchObject({ schoolName: 'Izzy Barker', pronouns: 'she' });
  });
});

describe("the child's name in letters, from the letter command", () => {
  it('is asked before the first letter there too, and used in it', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "We don't have the staff for that", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    r = await app.send('letter need-request');
    expect(lastQuestion(r).key).toBe('facts.ask-school-name');
    r = await app.send('Isabel Barker');
    // The parent's own words (the request) are checked first, as in the "kind of no" letters.
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    r = await app.send(choice('ok'));
    expect(letterOf(r).body).toContain('Isabel Barker');
    expect(letterOf(r).body).not.toMatch(/\bBean\b/);
  });
});

describe('each situation gets its own advice, route, record and dated next step', () => {
  it('agreed but not delivered: must be provided, the plan duty and complaint route for England, a log of missed sessions', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "The counselling in her EHCP hasn't started, we don't have the staff", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    // The school's words point at this situation: it is confirmed, not asked from the list.
    expect(lastQuestion(r).key).toBe('situation.confirm.not-delivered');
    r = await situation(app, r, 'not-delivered');
    expect(keys(r)).toContain('not-delivered.intro');
    expect(lastQuestion(r).key).toBe('not-delivered.ask-provision');
    r = await app.send('30 minutes with the counsellor twice a week');
    r = await app.send('since half term, about 8 sessions');
    r = await signAs(app, await app.send(choice('not-said')));
    expect(keys(r)).toEqual(expect.arrayContaining([
      'not-delivered.must-provide',
      'terms.england.plan-duty',
      'not-delivered.log-missed',
      'terms.england.complaint-route',
      'not-delivered.next-steps',
      'letter.provision-not-delivered',
    ]));
    // Never offered as something to negotiate down.
    expect(keys(r).some((k) => k.includes('options') || k.includes('part-time'))).toBe(false);
    expect(notes(app).find((n) => n.kind === 'next_step')).toMatchObject({ topic: 'other.next-step', text: expect.any(String) });
    expect(notes(app).filter((n) => n.topic === 'situation')).toHaveLength(1);
  });

  it('refusal to assess (US): the assessment is the data; the evaluation right and its 60 days', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    let r = await triage(app, { statement: 'We will not evaluate him until we have more data', who: 'Ms Ortiz', when: { choice: 'yesterday' } });
    r = await profile(app, r, 'us', 'none', 'he');
    expect(lastQuestion(r).key).toBe('situation.confirm.no-assessment');
    r = await situation(app, r, 'no-assessment');
    expect(lastQuestion(r).key).toBe('no-assessment.ask-concerns');
    r = await app.send('he freezes at the gate every morning and has missed 20 days since September');
    r = await signAs(app, await app.send(choice('not-yet')));
    expect(keys(r)).toEqual(expect.arrayContaining(['no-assessment.is-the-data', 'terms.us.assessment-right', 'no-assessment.in-writing', 'letter.assessment-request']));
    expect(letterOf(r).body).toContain('34 CFR 300.301');
    expect(letterOf(r).body).toContain('prior written notice');
  });

  it('need disputed (Scotland): names "can\'t" treated as "won\'t", asks for evidence and absences recorded as illness', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: "She's choosing not to come in, it's a parenting issue", who: 'Mrs Reid', when: { choice: 'today' } });
    r = await profile(app, r, 'scotland', 'none', 'she');
    expect(lastQuestion(r).key).toBe('situation.confirm.need-disputed');
    r = await situation(app, r, 'need-disputed');
    r = await app.send('a letter from her CAMHS therapist');
    r = await signAs(app, await app.send(choice('unauthorised')));
    expect(keys(r)).toEqual(expect.arrayContaining(['need-disputed.name-it', 'need-disputed.gather-evidence', 'need-disputed.record-illness', 'letter.need-evidence']));
    expect(letterOf(r).body).toMatch(/Record absences caused by this difficulty as illness/);
  });

  it('attendance enforcement (Wales): acknowledges the fear, an advocate now, evidence in writing, due on the hearing date', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: 'If attendance does not improve we will issue a fine and go to court', who: 'the attendance officer', when: { choice: 'today' } });
    r = await profile(app, r, 'wales', 'none', 'they');
    expect(lastQuestion(r).key).toBe('situation.confirm.attendance');
    r = await situation(app, r, 'attendance');
    expect(keys(r)).toContain('attendance.intro');
    r = await app.send('a meeting on 10 December');
    r = await app.send('about 23 days this term');
    r = await app.send('a letter from the GP');
    // Only a role was named: the letter asks who it goes to before drafting.
    expect(lastQuestion(r).key).toBe('facts.ask-recipient');
    r = await signAs(app, await app.send('Mr Price'));
    expect(keys(r)).toEqual(expect.arrayContaining(['attendance.fear', 'terms.wales.advocate', 'attendance.send-evidence', 'terms.wales.unwell-duty', 'letter.attendance-support']));
    expect(notes(app).find((n) => n.kind === 'next_step')?.due).toBe('2026-12-10');
    expect(letterOf(r).body).toMatch(/^Dear Mr Price,$/m);
  });

  it('resources: the limit may be real and the duty stays; a cost-based refusal asked for in writing', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await triage(app, { statement: "We don't have the budget for a one-to-one", who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'ehcp', 'she');
    r = await app.send(choice('none'));
    r = await app.send('someone to meet her at the gate');
    r = await app.send(choice('skip'));
    r = await signAs(app, await app.send(choice('skip')));
    expect(keys(r)).toEqual(expect.arrayContaining(['no-resources.keep-need', 'no-resources.duty']));
    expect(letterOf(r).body).toContain("doesn't change what Bean needs");
    // "None of these" tells a school nothing: no situation note.
    expect(notes(app).filter((n) => n.topic === 'situation')).toEqual([]);
  });

  it("data: the parent's own figures and the warning that passing grades hide missed teaching", async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    let r = await triage(app, { statement: 'We need more data before we change anything, her grades are fine', who: 'Mr Dunn', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'none', 'she');
    r = await app.send(choice('none'));
    for (const answer of ['attendance data', 'not-said', 'nothing-yet', 'skip']) {
      r = await app.send(['attendance data'].includes(answer) ? answer : choice(answer));
    }
    r = await signAs(app, r);
    expect(keys(r)).toContain('no-data.own-figures');
    expect(letterOf(r).body).toContain('passing grades can hide it');
  });
});

describe('never re-asked', () => {
  it('who and when the school\'s words already name are confirmed, and kept as said', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    let r = await app.send(command('resume'));
    r = await app.send(choice('new-no', lastQuestion(r).promptId));
    r = await app.send('Bean');
    r = await app.send('A later start');
    r = await app.send('Mr Dunn said on 20 November that they need more data first');
    expect(lastQuestion(r).key).toBe('triage.confirm-who');
    expect(lastQuestion(r).choices[0]?.id).toBe('said-by');
    r = await app.send(choice('said-by'));
    expect(lastQuestion(r).key).toBe('triage.confirm-when');
    expect(lastQuestion(r).choices[0]?.id).toBe('named');
    r = await app.send(choice('named'));
    r = await app.send(choice('yes'));
    expect(app.store.listNotes('parent-a').find((n) => n.kind === 'statement')).toMatchObject({ who: 'Mr Dunn', saidOn: '2026-11-20' });
  });
});
