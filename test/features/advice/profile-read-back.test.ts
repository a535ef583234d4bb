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
});
