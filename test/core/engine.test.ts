import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock, choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';
import { answerProfile, throughTriage } from './through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('engine: triage transcript', () => {
  it('classifies, confirms, saves the statement with who/when/category, and hands over', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    let r = await throughTriage(app, 'We need six more weeks of observations before we change anything.');
    expect(lastQuestion(r).key).toBe('triage.confirm.data');
    r = await app.send(choice('yes'));
    expect(keys(r)).toContain('triage.saved');
    // A new case: the profile is asked once, then the situation, then the kind of "no".
    expect(lastQuestion(r).key).toBe('profile.ask-place');
    r = await answerProfile(app, r);
    expect(lastQuestion(r).key.startsWith('no-data.')).toBe(true);

    const notes = app.store.listNotes('parent-a');
    const statement = notes.find((n) => n.kind === 'statement');
    expect(statement).toMatchObject({
      category: 'data',
      who: app.content.render('triage.who.senco'),
      saidOn: '2026-11-24',
      text: 'We need six more weeks of observations before we change anything.',
      nickname: 'Bean',
    });
    expect(notes.find((n) => n.topic === 'triage.request')?.text).toBe('A quiet room to start the day in');
  });

  it('asks the parent to choose when the classifier is unsure, offering the likeliest two and something else', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources', false) });
    const r = await throughTriage(app, 'Not sure what they meant really');
    const q = lastQuestion(r);
    expect(q.key).toBe('triage.ask-which-kind');
    expect(q.choices.map((c) => c.id)).toEqual(['cat:resources', 'cat:data', 'cat:other', 'cat:all']);
    const r2 = await app.send(choice('cat:other', q.promptId));
    expect(keys(r2)).toContain('triage.saved');
    expect(app.store.listNotes('parent-a').find((n) => n.kind === 'statement')?.category).toBe('other');
  });

  it('shows the not-legal-advice note once per case, not once per conversation', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    await throughTriage(app, 'We need more data first.');
    await app.send(command('restart'));
    let r = await app.send(choice('new-no'));
    expect(lastQuestion(r).key).toBe('triage.ask-which-child');
    r = await app.send(choice('child:0'));
    expect(keys(r)).not.toContain('common.disclaimer');
    await app.send(command('restart'));
    await app.send(choice('new-no'));
    r = await app.send(choice('new-child'));
    r = await app.send('Pip');
    expect(keys(r)).toContain('common.disclaimer');
    expect(app.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Bean', 'Pip']);
  });
});

describe('engine: what do I say next', () => {
  it('gives advice without a case and says it is not legal advice once per parent', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources', true) });
    const first = await app.send(command('say', 'We do not have the staff for a key worker at drop-off.'));
    expect(keys(first)).toContain('common.disclaimer');
    // Said before the advice, not after it.
    expect(keys(first).indexOf('common.disclaimer')).toBeLessThan(keys(first).indexOf('say-next.replies-intro'));
    expect(app.store.listNotes('parent-a').map((n) => n.kind)).toEqual(expect.arrayContaining(['statement', 'advice']));
    const again = await app.send(command('say', 'There is no budget for that, sorry.'));
    expect(keys(again)).not.toContain('common.disclaimer');
  });

  it('mid-conversation, offers the last thing the school said instead of asking for it again', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const said = 'We need six more weeks of observations before we change anything.';
    await throughTriage(app, said);
    await app.send(choice('yes'));
    let r = await app.send('what do I say next?');
    expect(lastQuestion(r).key).toBe('say-next.ask-recent');
    expect(lastQuestion(r).text).toContain(said);
    const before = app.store.listNotes('parent-a').filter((n) => n.kind === 'statement').length;
    r = await app.send(choice('recent', lastQuestion(r).promptId));
    expect(keys(r)).toEqual(expect.arrayContaining(['say-next.replies-intro', 'say-next.replies.data.firm']));
    expect(app.store.listNotes('parent-a').filter((n) => n.kind === 'statement')).toHaveLength(before);
    // Two months on, it is too old to assume: asked afresh.
    app.clock.current = new Date(app.clock.current.getTime() + 61 * 86_400_000);
    r = await app.send(choice('no'));
    r = await app.send('what do I say next?');
    expect(lastQuestion(r).key).toBe('say-next.ask-statement');
  });
});

describe('engine: what do I say next, after the school replied', () => {
  it('offers their reply, when its words were noted, as the last thing they said', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    await throughTriage(app, 'We need six more weeks of observations before we change anything.');
    await app.send(choice('yes'));
    const reply = 'Mr Hughes says there will be no support until the referral meeting in February.';
    await app.send(command('restart'));
    await app.send(command('replied', reply));
    const r = await app.send('what do I say next?');
    // Told in the parent's words ("Mr Hughes says …"), so offered as what they told us the school said.
    expect(lastQuestion(r).key).toBe('say-next.ask-recent-told');
    expect(lastQuestion(r).text).toContain(reply);
  });

  it('does not offer a reply noted without its words', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const said = 'We need six more weeks of observations before we change anything.';
    await throughTriage(app, said);
    await app.send(choice('yes'));
    await app.send(command('restart'));
    let r = await app.send(command('replied'));
    r = await app.send(choice('skip', lastQuestion(r).promptId));
    expect(app.store.listNotes('parent-a').filter((n) => n.kind === 'response')).toHaveLength(1);
    r = await app.send('what do I say next?');
    expect(lastQuestion(r).text).toContain(said);
  });
});

describe('engine: what do I say next, in the middle of something', () => {
  async function midNoData(a: TestApp) {
    await throughTriage(a, 'We need six more weeks of observations before we change anything.');
    const r = await answerProfile(a, await a.send(choice('yes')));
    const q = lastQuestion(r);
    expect(q.key.startsWith('no-data.')).toBe(true);
    return q;
  }

  it('comes back to the question it interrupted, as it was', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const before = await midNoData(app);
    let r = await app.send('what do I say next?');
    r = await app.send(choice('recent', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('say-next.ask-draft');
    r = await app.send(choice('no'));
    expect(keys(r)).toEqual(expect.arrayContaining(['say-next.no-letter', 'engine.back-to']));
    expect(lastQuestion(r)).toMatchObject({ key: before.key, promptId: before.promptId });
    // And the interrupted dialogue carries on from there.
    r = await app.send('Six weeks of attendance records');
    expect(lastQuestion(r).key).not.toBe(before.key);
    expect(lastQuestion(r).key.startsWith('no-data.')).toBe(true);
  });

  it('asked again inside "what do I say next?", still comes back to the first question', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const before = await midNoData(app);
    await app.send('what do I say next?');
    let r = await app.send('what do I say next?');
    expect(lastQuestion(r).key).toBe('say-next.ask-recent');
    r = await app.send(choice('recent', lastQuestion(r).promptId));
    r = await app.send(choice('no'));
    expect(keys(r)).toContain('engine.back-to');
    expect(lastQuestion(r)).toMatchObject({ key: before.key, promptId: before.promptId });
  });

  it('does not come back to a question about erasing everything', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources', true) });
    let r = await app.send('forget me');
    expect(lastQuestion(r).key).toBe('case-file.forget.confirm');
    r = await app.send(command('say', 'There is no money for a key adult.'));
    r = await app.send(choice('no'));
    expect(keys(r)).not.toContain('engine.back-to');
    expect(lastQuestion(r).key).toBe('home.menu');
  });

  it('goes to the menu instead when the interrupted dialogue cannot be picked up', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    await midNoData(app);
    let r = await app.send('what do I say next?');
    r = await app.send(choice('recent', lastQuestion(r).promptId));
    // As if that dialogue had been changed by an update meanwhile (sealed with the parent's key).
    const sealer = app.store.sealerFor('parent-a');
    const other = new Database(app.dbPath);
    const row = other.prepare("SELECT snapshot FROM sessions WHERE user_id = 'parent-a'").get() as { snapshot: string };
    const snap = JSON.parse(sealer.open(row.snapshot)) as { aside: { flowVersion: number } };
    snap.aside.flowVersion = 999;
    other.prepare("UPDATE sessions SET snapshot = ? WHERE user_id = 'parent-a'").run(sealer.seal(JSON.stringify(snap)));
    other.close();
    r = await app.send(choice('no'));
    expect(keys(r)).not.toContain('engine.back-to');
    expect(lastQuestion(r).key).toBe('home.menu');
  });
});

describe('engine: resilience', () => {
  it('resumes at the pending question after a restart of the process', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const before = lastQuestion(await app.send('Bean'));
    const dbPath = app.dbPath;
    app.close();

    // Back an hour later: welcomed back (within the half hour: "back to where we were", back-soon.test.ts).
    const later = new FixedClock(new Date(app.clock.now().getTime() + 3_600_000));
    const again = makeTestApp({ classifier: fixedClassifier('data'), dbPath, clock: later });
    try {
      const r = await again.send(command('resume'));
      expect(keys(r)[0]).toBe('engine.welcome-back');
      const q = lastQuestion(r);
      expect(q.key).toBe(before.key);
      expect(q.promptId).toBe(before.promptId);
      const next = await again.send('Help getting in the door');
      expect(lastQuestion(next).key).toBe('triage.ask-statement');
    } finally {
      again.cleanup();
    }
  });

  it('answers a repeated event id once only', async () => {
    app = makeTestApp();
    const first = await app.send(command('resume'), { id: 'evt-1' });
    expect(first.length).toBeGreaterThan(0);
    expect(await app.send(command('resume'), { id: 'evt-1' })).toEqual([]);
  });

  it('refuses a stale button without changing the conversation', async () => {
    app = makeTestApp();
    const menu = lastQuestion(await app.send(command('resume')));
    await app.send(choice('new-no', menu.promptId));
    const r = await app.send(choice('new-no', menu.promptId));
    expect(keys(r)[0]).toBe('engine.stale-choice');
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
  });

  it('matches a typed number or label to the pending choices', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    expect(lastQuestion(await app.send('1')).key).toBe('triage.ask-nickname');
    await app.send(command('restart'));
    expect(keys(await app.send('show my notes'))).toContain('notes.empty');
  });

  it('starts a new "no" from the menu when the parent types another way of saying it', async () => {
    app = makeTestApp();
    expect(lastQuestion(await app.send(command('resume'))).key).toBe('home.menu');
    const r = await app.send('They said no');
    expect(keys(r)).not.toContain('home.nudge');
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
  });

  it.each([
    ['empty', '   ', 'input.empty'],
    ['huge', 'x'.repeat(20_001), 'input.too_long'],
    ['emoji only', '🙏🙏', 'input.no_words'],
    ['crying emoji only', '😭😭😭', 'input.upset'],
    ['control characters only', '\u0000\u0007\u001b', 'input.empty'],
    ['another language', '我们的学校说他们没有足够的老师来帮助我的孩子', 'input.language'],
  ])('replies kindly to %s input and keeps the question and notes', async (_name, text, key) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Bean');
    const notesBefore = app.store.listNotes('parent-a').length;
    const r = await app.send(text);
    expect(keys(r)[0]).toBe(key);
    expect(lastQuestion(r).key).toBe('triage.ask-request');
    expect(app.store.listNotes('parent-a').length).toBe(notesBefore);
  });

  it('keeps control characters out of what it stores', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Be\u0000an\u202E');
    expect(app.store.listCases('parent-a')[0]?.nickname).toBe('Bean');
  });

  it('restarts kindly when a stored conversation belongs to an older flow version, keeping notes', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await throughTriage(app, 'We need more data.');
    await app.send(choice('yes'));
    const notes = app.store.listNotes('parent-a').length;
    const s = app.store.getSession('parent-a');
    if (!s) throw new Error('no session');
    app.store.saveSession({ ...s, flowId: 'triage', flowVersion: 0, snapshot: { value: 'someOldState', context: {} } });
    const r = await app.send('hello again');
    expect(keys(r)).toContain('engine.flow-restarted');
    expect(lastQuestion(r).key).toBe('home.menu');
    expect(app.store.listNotes('parent-a').length).toBe(notes);
  });

  it('restarts kindly when a saved conversation row is damaged, keeping notes', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await throughTriage(app, 'We need more data.');
    const notes = app.store.listNotes('parent-a').length;
    // Damaged from outside (another process, a bad restore): a second connection, as in life.
    const other = new Database(app.dbPath);
    other.prepare(`UPDATE sessions SET snapshot = '{not json', pending = 'garbage' WHERE user_id = ?`).run('parent-a');
    other.close();
    const r = await app.send('hello again');
    expect(keys(r)).toContain('engine.flow-restarted');
    expect(keys(r)).not.toContain('engine.error');
    expect(app.store.listNotes('parent-a').length).toBe(notes);
    expect(lastQuestion(await app.send(command('resume'))).key).toBe('home.menu');
  });

  it('rejects a malformed turn without throwing', async () => {
    app = makeTestApp();
    const r = await app.engine.handleTurn({ id: '', channel: 'console', user: 'x', input: { kind: 'text', text: 'hi' }, receivedAt: new Date() });
    expect(keys(r)).toEqual(['engine.bad-event']);
  });
});

describe('timeline', () => {
  it('sends long notes as a file, counting them, and speaks of one long note in the singular', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    app.store.ensureUser('parent-a', '2026-11-20T10:00:00.000Z');
    app.store.addNote({ userId: 'parent-a', caseId: null, kind: 'statement', topic: 'triage.statement', text: 'They wrote a very long email. '.repeat(80), at: '2026-11-20T10:00:00.000Z', day: '2026-11-20' });
    const one = await app.send(command('notes'));
    expect(keys(one)).toEqual(expect.arrayContaining(['notes.sent-as-file-one', 'notes.timeline']));
    expect(one.find((x) => x.key === 'notes.timeline')?.type).toBe('document');
    app.store.addNote({ userId: 'parent-a', caseId: null, kind: 'answer', topic: 'triage.request', text: 'A later start', at: '2026-11-21T10:00:00.000Z', day: '2026-11-21' });
    const two = await app.send(command('notes'));
    expect(keys(two)).toContain('notes.sent-as-file');
    expect(two.find((x) => x.key === 'notes.sent-as-file')?.type === 'text' && two.find((x) => x.key === 'notes.sent-as-file')).toMatchObject({ text: expect.stringContaining('(2 of them)') });
  });

  it('says what each answer was about', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await throughTriage(app, 'We need more data.');
    const r = await app.send(command('notes'));
    const timeline = r.find((x) => x.key === 'notes.timeline');
    expect(timeline?.type === 'text' && timeline.text).toContain(app.content.render('notes.topic.triage.request'));
  });
});
