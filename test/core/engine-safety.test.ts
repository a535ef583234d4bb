/** The engine's privacy rule (public channels) and its crisis screen, end to end. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';
import { throughTriage } from './through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('engine: privacy and safety', () => {
  it('answers in general terms in a public channel and stores nothing the parent wrote', async () => {
    app = makeTestApp();
    const words = 'My son Theodore has panic attacks at the gate of Hillcrest Primary';
    const r = await app.send(words, { where: 'public' });
    expect(keys(r)).toEqual(['public.general', 'public.offer-dm']);
    expect(r.at(-1)?.type).toBe('move_private');
    for (const reply of r) expect(JSON.stringify(reply)).not.toContain('Theodore');
    expect(app.store.listNotes('parent-a')).toEqual([]);
    expect(readFileSync(app.dbPath).includes(Buffer.from('Theodore'))).toBe(false);
  });

  it('pauses for crisis language, gives resources, does not store the message, then continues', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const asked = lastQuestion(await app.send('Bean'));
    const r = await app.send('Last night she told me she wants to kill herself');
    expect(keys(r)[0]).toBe('safety.crisis.child_self_harm');
    app.close();
    const db = readFileSync(app.dbPath);
    const wal = (() => {
      try {
        return readFileSync(`${app.dbPath}-wal`);
      } catch {
        return Buffer.alloc(0);
      }
    })();
    expect(db.includes(Buffer.from('kill herself'))).toBe(false);
    expect(wal.includes(Buffer.from('kill herself'))).toBe(false);

    const again = makeTestApp({ classifier: fixedClassifier('data'), dbPath: app.dbPath });
    try {
      const back = await again.send(choice('continue'));
      expect(lastQuestion(back).key).toBe(asked.key);
    } finally {
      again.cleanup();
    }
  });

  it('asks "are you safe?" on possible risk, and "yes" resumes the interrupted question exactly where it was', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const asked = lastQuestion(await app.send('Bean'));
    const r = await app.send("I can't do this anymore, Zanzibar days every day");
    const q = lastQuestion(r);
    expect(keys(r)).toEqual(['safety.check.question']);
    expect(q.choices.map((c) => c.id)).toEqual(['safe', 'not-sure']);
    const back = await app.send(choice('safe', q.promptId));
    expect(keys(back)).toEqual(['safety.check.glad', 'engine.back-to', asked.key]);
    expect(lastQuestion(back).promptId).toBe(asked.promptId);
    const next = await app.send('A quiet room to start the day in');
    expect(lastQuestion(next).key).toBe('triage.ask-statement');
    expect(app.store.listNotes('parent-a').some((n) => n.text.includes('Zanzibar'))).toBe(false);
    app.close();
    expect(readFileSync(app.dbPath).includes(Buffer.from('Zanzibar'))).toBe(false);
  });

  it('gives the crisis reply on "no, or I\'m not sure", then picks up where it was', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const asked = lastQuestion(await app.send('Bean'));
    const q = lastQuestion(await app.send("my daughter says she doesn't want to be here anymore"));
    expect(q.key).toBe('safety.check.question');
    const r = await app.send(choice('not-sure', q.promptId));
    expect(keys(r)).toEqual(['safety.crisis.child_self_harm']);
    const back = await app.send(choice('continue', lastQuestion(r).promptId));
    expect(keys(back)).toEqual(['engine.back-to', asked.key]);
  });

  it('answers a crisis in a public channel only privately: nothing of it in public, the reply waiting in the DM', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const words = 'my son Theodore told me he wants to kill himself';
    const r = await app.send(words, { where: 'public' });
    expect(keys(r)).toEqual(['public.general', 'public.offer-dm']);
    for (const reply of r) expect(JSON.stringify(reply)).not.toMatch(/Theodore|kill|988|116 123/);
    const dm = await app.send(command('resume'));
    expect(keys(dm)).toEqual(['safety.crisis.child_self_harm']);
    const q = await app.send("I can't do this anymore", { where: 'public' });
    expect(keys(q)).toEqual(['public.general', 'public.offer-dm']);
    expect(keys(await app.send(command('resume')))).toEqual(['safety.check.question']);
    app.close();
    expect(readFileSync(app.dbPath).includes(Buffer.from('Theodore'))).toBe(false);
  });

  it('does not raise a false alarm on everyday idioms', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Bean');
    const r = await app.send("Honestly this school is killing me, I could die of embarrassment at these meetings");
    expect(keys(r).some((k) => k.startsWith('safety.'))).toBe(false);
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
  });

  it('keeps one parent\'s notes away from another', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await throughTriage(app, 'We need more data.');
    const other = await app.send(command('notes'), { user: 'parent-b' });
    expect(keys(other)).toContain('notes.empty');
    const mine = await app.send(command('notes'));
    expect(keys(mine)).toContain('notes.timeline');
  });
});
