/**
 * Isolation: one parent can never read or change another's case, through any command, a
 * forged button payload (another parent's choice ids and prompt ids), user id tricks, the
 * notes CLI or the console's outbox re-delivery.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../src/adapters/console/console-chat.js';
import { runCli } from '../../src/cli/index.js';
import type { Reply } from '../../src/core/types.js';
import { keys, lastQuestion, tempDir } from '../support/builders.js';
import { cmd, makeTrustApp, pick, resume, text, type TrustApp } from './support/trust-app.js';

const A = 'slack:T1:UALICE';
const SECRETS = ['Wrenfield', 'Juniperwell', 'a sunflower-room pass for mornings', 'the governors refused the porcupine plan'];

let app: TrustApp;
let aPending: { promptId: string; choices: string[] };

beforeEach(async () => {
  app = makeTrustApp({ throttle: false });
  const as = (input: Parameters<TrustApp['send']>[0]) => app.send(input, { user: A });
  await as(resume);
  await as(pick('new-no'));
  await as(text(SECRETS[0] as string));
  await as(text(SECRETS[2] as string));
  await as(text(`${SECRETS[3]} until we have more data`));
  await as(pick('senco'));
  await as(pick('today'));
  await as(pick('yes'));
  await as(cmd('restart'));
  await as(pick('new-no'));
  await as(pick('new-child'));
  await as(text(SECRETS[1] as string));
  const q = lastQuestion(await as(resume));
  aPending = { promptId: q.promptId, choices: q.choices.map((c) => c.id) };
  (await app.engine.undelivered()).forEach((u) => app.engine.ack(u.eventId));
});
afterEach(() => app.cleanup());

const leaks = (replies: Reply[]) => SECRETS.filter((s) => JSON.stringify(replies).includes(s));

describe('isolation between parents', () => {
  it('every registered command, followed through its questions, shows or changes nothing of another parent\'s', async () => {
    const before = { notes: app.store.listNotes(A), cases: app.store.listCases(A), session: app.store.getSession(A) };
    const seen: Reply[] = [];
    for (const name of app.engine.commandNames) {
      let r = await app.send(cmd(name), { user: 'parent-b' });
      seen.push(...r);
      for (let i = 0; i < 4; i++) {
        const q = [...r].reverse().find((x) => x.type === 'question');
        if (!q || q.type !== 'question' || q.key === 'home.menu') break;
        const c = q.choices[0];
        r = await app.send(c ? pick(c.id, q.promptId) : text('yes please'), { user: 'parent-b' });
        seen.push(...r);
      }
    }
    expect(leaks(seen)).toEqual([]);
    expect(app.store.listNotes(A)).toEqual(before.notes);
    expect(app.store.listCases(A)).toEqual(before.cases);
    expect(app.store.getSession(A)).toEqual(before.session);
  });

  it('every command another parent can run shows none of the first parent\'s case', async () => {
    for (const user of ['parent-b', 'PARENT-B', `${A} `, A.toLowerCase(), 'slack:T1:%', "x' OR '1'='1"]) {
      const seen: Reply[] = [];
      for (const input of [resume, cmd('notes'), cmd('help'), cmd('say'), cmd('restart'), cmd('start'), text('show my notes'), text('what do I say next'), pick('notes'), text('1')]) {
        seen.push(...(await app.send(input, { user })));
      }
      expect(leaks(seen)).toEqual([]);
      // Whatever this parent saved is theirs: nothing of Alice's, and no note in one of her cases.
      const aliceCases = new Set(app.store.listCases(A).map((c) => c.id));
      const notes = app.store.listNotes(user);
      expect(SECRETS.filter((s) => JSON.stringify(notes).includes(s))).toEqual([]);
      expect(notes.filter((n) => n.caseId !== null && aliceCases.has(n.caseId))).toEqual([]);
      expect(app.store.listCases(user)).toEqual([]);
    }
    expect(app.store.listNotes(A).map((n) => n.userId)).toEqual(app.store.listNotes(A).map(() => A));
  });

  it('refuses another parent\'s question id and choice ids, leaving both conversations as they were', async () => {
    const before = { a: app.store.getSession(A), aNotes: app.store.listNotes(A).length };
    await app.send(resume, { user: 'parent-b' });
    const bSession = app.store.getSession('parent-b');
    const seen: Reply[] = [];
    for (const id of [...aPending.choices, 'child:0', 'child:1', 'cat:data', 'yes', 'new-child']) {
      const r = await app.send(pick(id, aPending.promptId), { user: 'parent-b' });
      seen.push(...r);
      expect(keys(r)[0]).toBe('engine.stale-choice');
    }
    expect(leaks(seen)).toEqual([]);
    expect(app.store.getSession(A)).toEqual(before.a);
    expect(app.store.getSession('parent-b')).toEqual(bSession);
    expect(app.store.listNotes(A).length).toBe(before.aNotes);
  });

  it('a child index in a button is looked up among the clicking parent\'s own children only', async () => {
    const b = (input: Parameters<TrustApp['send']>[0]) => app.send(input, { user: 'parent-b' });
    await b(resume);
    await b(pick('new-no'));
    await b(text('Pip'));
    await b(cmd('restart'));
    await b(pick('new-no'));
    const q = lastQuestion(await b(resume));
    expect(q.choices.map((c) => c.id)).toEqual(['child:0', 'new-child']);
    expect(keys(await b(pick('child:1', q.promptId)))[0]).toBe('engine.stale-choice'); // Alice has a second child; Bob does not
    const r = await b(pick('child:0', q.promptId));
    expect(leaks(r)).toEqual([]);
    expect(app.store.listCases('parent-b').map((c) => c.nickname)).toEqual(['Pip']);
    expect(app.store.listCases(A).map((c) => c.nickname)).toEqual([SECRETS[0], SECRETS[1]]);
  });

  it('a public channel never repeats anything of a case', async () => {
    const r = await app.send(cmd('notes'), { user: A, where: 'public' });
    expect(keys(r)).toEqual(['public.general', 'public.offer-dm']);
    expect(leaks(r)).toEqual([]);
  });

  it('the notes CLI shows one parent only, whatever the user argument looks like', async () => {
    app.close();
    for (const user of ['parent-b', 'slack:T1:%', '*', `${A}' --`]) {
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (d: Buffer) => (out += d.toString()));
      const code = await runCli(['notes', '--user', user, '--json', '--db', app.dbPath], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} });
      // A parent the database does not know is refused (exit 1, nothing printed); one it knows
      // shows only their own (none here). A pattern never matches another parent.
      if (code === 0) expect(JSON.parse(out)).toEqual([]);
      else {
        expect(code).toBe(1);
        expect(out).toBe('');
      }
    }
  });

  it('the console re-delivers only its own parent\'s undelivered replies', async () => {
    await app.send(text('another porcupine answer from Alice'), { user: A, id: 'alice-undelivered' });
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d: Buffer) => (shown += d.toString()));
    const files = tempDir();
    const done = runConsoleChat({ engine: app.engine, user: 'parent-b', input, output, filesDir: files.dir, interactive: false });
    input.end('notes\n');
    await done;
    files.cleanup();
    expect(SECRETS.filter((s) => shown.includes(s))).toEqual([]);
    expect((await app.engine.undelivered()).map((u) => u.eventId)).toEqual(['alice-undelivered']);
  });
});
