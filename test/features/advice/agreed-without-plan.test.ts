/**
 * The lead's walk (7 December): an England family with no plan picked "It's already agreed or in
 * the plan, but isn't happening" (the school had agreed mornings only), and was told, in chat and
 * in the letter, that "the local authority must secure the special educational provision in" an
 * EHC plan (s42), with a complaint to the council and the Ombudsman, and the letter read "Maya's
 * support plan says:". With no statutory plan (none, being assessed, another kind) the duty and
 * the route are said in general words (the school's agreement, its own complaints procedure); a
 * statutory plan keeps its place's law, and a US 504 plan its own words in chat as in the letter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClassifier, keys, makeTestApp, type TestApp } from '../../support/builders.js';
import { letterOf, profile, signAs, situation, triage } from './situation-steps.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function notDelivered(place: string, plan: string) {
  app = makeTestApp({ classifier: fixedClassifier('resources') });
  let r = await triage(app, { statement: "The mornings-only timetable they agreed hasn't started, we don't have the staff", who: 'Mrs Okafor', when: { choice: 'today' } });
  r = await profile(app, r, place, plan, 'she');
  await situation(app, r, 'not-delivered');
  await app.send('mornings only for four weeks, agreed at the meeting on 2 November');
  await app.send('since 9 November');
  return signAs(app, await app.send({ kind: 'choice', id: 'not-said' }));
}

describe('agreed support that is not happening, by plan', () => {
  it.each(['none', 'assessing', 'other'])('England, plan "%s": general words, not the EHC plan duty or the council route', async (plan) => {
    const r = await notDelivered('england', plan);
    expect(keys(r)).toEqual(expect.arrayContaining(['terms.agreed.plan-duty', 'terms.agreed.complaint-route']));
    expect(keys(r)).not.toContain('terms.england.plan-duty');
    expect(keys(r)).not.toContain('terms.england.complaint-route');
    const letter = letterOf(r).body;
    expect(letter).toContain(app.content.render('terms.agreed.plan-duty'));
    expect(letter).toContain(app.content.render('terms.agreed.complaint-route'));
    expect(letter).not.toContain(app.content.render('terms.england.plan-duty'));
    expect(letter).toContain(app.content.render('advice.provision-lead.agreed', { nickname: 'Bean' }));
  });

  it('England with an EHC plan: the plan duty and the council route, as before', async () => {
    const r = await notDelivered('england', 'ehcp');
    expect(keys(r)).toEqual(expect.arrayContaining(['terms.england.plan-duty', 'terms.england.complaint-route']));
    const letter = letterOf(r).body;
    expect(letter).toContain(app.content.render('terms.england.plan-duty'));
    expect(letter).toContain(app.content.render('advice.provision-lead.plan', { nickname: 'Bean', plan_name: app.content.render('terms.plan.ehcp') }));
  });

  it('US with a 504 plan: the 504 words in chat, as in the letter', async () => {
    const r = await notDelivered('us', '504');
    expect(keys(r)).toEqual(expect.arrayContaining(['terms.us.plan-duty.504', 'terms.us.complaint-route.504']));
    expect(keys(r)).not.toContain('terms.us.plan-duty');
    expect(letterOf(r).body).toContain(app.content.render('terms.us.plan-duty.504'));
  });
});
