/**
 * The case profile is read back once saved (`profile.summary`, before `profile.saved.<place>`),
 * from what was stored: an answer typed ahead at the wrong question shows at once. Flow by keys
 * through the engine; the summary's words checked from the same stored profile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseProfile } from '../../../src/features/advice/profile.js';
import type { Reply } from '../../../src/core/types.js';
import { choice, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';
import { pronounHeard } from '../../../flows/advice/profile-words.js';

const textOf = (r: Reply | undefined): string => (r && 'text' in r ? r.text : '');

describe('the case profile, read back', () => {
  let app: TestApp;
  afterEach(() => app.cleanup());

  it('says what it noted, in words, just before the saved note', async () => {
    app = makeTestApp();
    let r = await throughTriage(app, 'They said they need six more weeks of attendance data before changing anything.');
    const answers: Record<string, () => Promise<Reply[]>> = {
      'profile.ask-place': () => app.send(choice('us')),
      'profile.ask-region': () => app.send('Ohio'),
      'profile.ask-plan': () => app.send(choice('504')),
      'profile.ask-age': () => app.send('7th grade'),
      'profile.ask-pronouns': () => app.send(choice('she')),
    };
    for (let i = 0; i < 8 && !keys(r).includes('profile.saved.us'); i++) {
      const q = lastQuestion(r);
      // The kind of "no" confirmed as the classifier read it (its first button).
      const next = answers[q.key] ?? (q.key.startsWith('triage.confirm') && q.choices[0] ? () => app.send(choice(q.choices[0]?.id ?? '')) : undefined);
      if (!next) break;
      r = await next();
    }
    const k = keys(r);
    expect(k.indexOf('profile.summary')).toBeGreaterThanOrEqual(0);
    expect(k.indexOf('profile.summary')).toBe(k.indexOf('profile.saved.us') - 1);
    const stored = caseProfile(app.store, 'parent-a', app.store.listCases('parent-a')[0]?.id ?? null);
    expect(stored).toMatchObject({ place: 'us', region: 'Ohio', plan: '504', age: '7th grade', pronouns: 'she' });
    const said = textOf(r.find((x) => x.key === 'profile.summary'));
    for (const part of [app.content.render('profile.place.us'), 'Ohio', app.content.render('profile.plan.504'), '7th grade', app.content.render('profile.pronouns.she')]) expect(said).toContain(part);
  });

  it('asks for the state again when what was typed there has no letters', async () => {
    app = makeTestApp();
    let r = await throughTriage(app, 'They said they need six more weeks of attendance data before changing anything.');
    for (let i = 0; i < 4 && lastQuestion(r).key !== 'profile.ask-place'; i++) {
      const q = lastQuestion(r);
      r = await app.send(choice(q.choices[0]?.id ?? ''));
    }
    r = await app.send(choice('us'));
    expect(lastQuestion(r).key).toBe('profile.ask-region');
    r = await app.send('2');
    expect(keys(r)).toEqual(['profile.region-needs-words', 'profile.ask-region']);
    r = await app.send('Ohio');
    expect(lastQuestion(r).key).toBe('profile.ask-plan');
  });

  /** Through triage to the age question, in England with no plan. */
  async function toAge(): Promise<void> {
    let r = await throughTriage(app, 'They said they need six more weeks of attendance data before changing anything.');
    for (let i = 0; i < 6 && lastQuestion(r).key !== 'profile.ask-age'; i++) {
      const q = lastQuestion(r);
      const id = q.key === 'profile.ask-place' ? 'england' : q.key === 'profile.ask-plan' ? 'none' : (q.choices[0]?.id ?? '');
      r = await app.send(choice(id));
    }
    expect(lastQuestion(r).key).toBe('profile.ask-age');
  }

  it('"He\'s 8, year 4": the pronouns are not asked again, but noted and read back', async () => {
    app = makeTestApp();
    await toAge();
    const r = await app.send("He's 8, year 4");
    expect(keys(r)).not.toContain('profile.ask-pronouns');
    expect(keys(r)).toEqual(expect.arrayContaining(['profile.summary', 'profile.saved.england']));
    expect(caseProfile(app.store, 'parent-a', app.store.listCases('parent-a')[0]?.id ?? null)).toMatchObject({ age: "He's 8, year 4", pronouns: 'he' });
    expect(textOf(r.find((x) => x.key === 'profile.summary'))).toBe("Here's what I noted: England · No plan · He's 8, year 4 · he / him.");
    expect(textOf(r.find((x) => x.key === 'profile.saved.england'))).toContain('Type "change profile" any time to change this.');
  });

  it('"hes 11 p7" typed at the plan question is the age, a question early: kept as the age, the plan asked again, the age not asked', async () => {
    app = makeTestApp();
    let r = await throughTriage(app, 'They said they need six more weeks of attendance data before changing anything.');
    for (let i = 0; i < 6 && lastQuestion(r).key !== 'profile.ask-plan'; i++) r = await app.send(choice(lastQuestion(r).key === 'profile.ask-place' ? 'northern-ireland' : (lastQuestion(r).choices[0]?.id ?? '')));
    r = await app.send('hes 11 p7');
    expect(keys(r)).toEqual(['profile.age-at-plan', 'profile.ask-plan']);
    // "hes" (he's, typed in a hurry) gave the pronouns too (the fourth walk): not asked.
    r = await app.send(choice('none'));
    expect(keys(r)).not.toContain('profile.ask-pronouns');
    expect(keys(r)).toContain('profile.summary');
    expect(caseProfile(app.store, 'parent-a', app.store.listCases('parent-a')[0]?.id ?? null)).toMatchObject({ plan: 'none', age: 'hes 11 p7', pronouns: 'he' });
  });

  it('an age with no pronoun in it: asked as before', async () => {
    app = makeTestApp();
    await toAge();
    expect(lastQuestion(await app.send('8, year 4')).key).toBe('profile.ask-pronouns');
  });

  it('reads only a pronoun the answer plainly uses for the child', () => {
    expect(pronounHeard("He's 8, year 4")).toBe('he');
    expect(pronounHeard('she’s 12')).toBe('she');
    expect(pronounHeard('my daughter is in year 9')).toBe('she');
    expect(pronounHeard('my son, 7th grade')).toBe('he');
    expect(pronounHeard('14')).toBeNull();
    expect(pronounHeard("he's 8 and his sister's 10, she's in year 6")).toBeNull();
    // "They" may be the school: never taken as the child's, and it makes the rest unsure.
    expect(pronounHeard('they put him in year 4')).toBeNull();
    expect(pronounHeard("they're 9")).toBeNull();
    expect(pronounHeard('the hero of year 3')).toBeNull();
  });
});
