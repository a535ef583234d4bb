/**
 * "What do I say next?"'s letter through the engine, fed chat-style answers (fillers, a relative
 * date, a name inside a sentence, the profile's pronoun): the letter greets by name, carries real
 * dates and "her", has none of the fillers and no blank for a fact the parent gave; a fact the
 * parent skips stays a blank. What the case already holds (the request) is not asked again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const FILLERS = [/as i said/i, /i just said/i, /i told you/i, /like i said/i, /last tuesday/i];

function letterOf(r: Reply[]): string {
  const d = r.find((x) => x.type === 'document');
  if (!d || d.type !== 'document') throw new Error(`no letter in: ${keys(r).join(', ')}`);
  return d.body;
}

/** A case for Bean (England, she), opened through triage; its "kind of no" questions are left waiting. */
async function caseForBean(a: TestApp): Promise<void> {
  const menu = await a.send(command('resume'));
  await a.send(choice('new-no', lastQuestion(menu).promptId));
  await a.send('Bean');
  await a.send('as I said, a later start, coming in at 9.15 through the side door');
  await a.send('We need more data before we change anything.');
  await a.send('Mrs Grant');
  await a.send('yesterday');
  await a.send(choice('yes'));
  let r = await a.send(choice('england'));
  if (lastQuestion(r).key === 'profile.ask-region') r = await a.send(choice('skip'));
  await a.send(choice('none'));
  await a.send(choice('skip'));
  await a.send(choice('she'));
  a.clock.advance(60_000);
  await a.send(choice('none'));
}

/** Asks "what do I say next?" with the school's words, and asks for the letter. */
async function sayNext(a: TestApp, said: string): Promise<Reply[]> {
  a.clock.advance(60_000);
  const advice = await a.send(command('say', said));
  expect(lastQuestion(advice).key).toBe('say-next.ask-draft');
  return a.send(choice('yes'));
}

describe("say-next's letter from chat-style answers", () => {
  it('greets by name, dates by the calendar, says "her", and carries no filler or blank for a given fact', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') }); // Tuesday 24 Nov 2026
    await caseForBean(app);
    let r = await sayNext(app, "as I said, the head of year told me last tuesday that she can't come in late, everyone starts at 8.40");
    // The day the school's words name is confirmed, not asked.
    expect(lastQuestion(r).key).toBe('say-next.confirm-known.when');
    expect(lastQuestion(r).text).toContain('17 November 2026');
    r = await app.send(choice('right'));
    // The request is in the case already: straight to what this letter still needs.
    expect(lastQuestion(r).key).toBe('say-next.ask-barrier');
    expect(lastQuestion(r).text).toContain('Bean');
    r = await app.send('I told you, the crowds at the gate, she freezes');
    expect(lastQuestion(r).key).toBe('say-next.ask-helps');
    r = await app.send('like I said, coming in at 9.15 through the side door with a teacher she knows');
    expect(lastQuestion(r).key).toBe('facts.ask-recipient');
    r = await app.send('it was mr dunn, the head of year');
    expect(lastQuestion(r).key).toBe('facts.ask-school-name');
    r = await app.send('bean smith');
    expect(lastQuestion(r).key).toBe('facts.ask-sign-off');
    r = await app.send('sarah smith');
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    r = await app.send(choice('ok'));
    const letter = letterOf(r);

    expect(letter).toMatch(/^Dear Mr Dunn,$/m);
    expect(letter).toContain('Date: 24 November 2026');
    expect(letter).toContain('The answer I was given, as I noted it (17 November 2026):');
    expect(letter).toContain('what can be put in place to help her get into school');
    expect(letter).toContain('I\'m writing about Bean Smith');
    expect(letter).toContain('My request was: A later start, coming in at 9.15 through the side door.');
    expect(letter).toContain('this is what stops Bean getting into school: The crowds at the gate, she freezes.');
    expect(letter).toContain('What I think would help most: Coming in at 9.15 through the side door with a teacher she knows.');
    expect(letter.trimEnd()).toMatch(/Kind regards,\n\nSarah Smith$/);
    for (const f of FILLERS) expect(letter, String(f)).not.toMatch(f);
    expect(letter).not.toContain('[ADD');
    expect(keys(r)).not.toContain('case-file.letter.has-blanks');
  });

  it('leaves a blank where the parent skipped a fact, and says so', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    await caseForBean(app);
    let r = await sayNext(app, "Mrs Grant said she can't come in late, everyone starts at 8.40");
    expect(lastQuestion(r).key).toBe('say-next.confirm-known.who');
    r = await app.send(choice('right'));
    r = await app.send('the crowds at the gate');
    // What would help: skipped, by the parent's choice.
    expect(lastQuestion(r).key).toBe('say-next.ask-helps');
    r = await app.send(choice('skip'));
    expect(lastQuestion(r).key).toBe('facts.ask-said-on');
    r = await app.send('as I said, last tuesday');
    r = await app.send(choice('nickname'));
    r = await app.send('Sarah Smith');
    r = await app.send(choice('ok'));
    const letter = letterOf(r);
    expect(letter).toMatch(/^Dear Mrs Grant,$/m);
    expect(letter).toContain('(17 November 2026)');
    expect(letter).toContain('What I think would help most: [ADD: what you think would help most]');
    expect(letter.match(/\[ADD/g)).toHaveLength(1);
    expect(keys(r)).toContain('case-file.letter.has-blanks');
  });

  it('a signature left blank stays a blank, in this letter and the next (never "Leave it blank")', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await caseForBean(app);
    let r = await sayNext(app, 'Mr Dunn said on Monday that they need more attendance data first');
    r = await app.send(choice('right'));
    r = await app.send(choice('nickname'));
    expect(lastQuestion(r).key).toBe('facts.ask-sign-off');
    r = await app.send(choice('skip'));
    r = await app.send(choice('ok'));
    const skip = app.content.render('facts.choice.skip-sign-off');
    expect(letterOf(r).trimEnd()).toMatch(/Kind regards,\n\n\[ADD: your name\]$/);
    r = await sayNext(app, 'Mr Dunn said today that they still need more attendance data');
    r = await app.send(choice('right'));
    // Not asked again: the parent chose to leave it blank.
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    r = await app.send(choice('ok'));
    expect(letterOf(r)).not.toContain(skip);
    expect(letterOf(r).trimEnd()).toMatch(/\[ADD: your name\]$/);
  });
});
