/**
 * The "done when": `NEXTSTEP_DATABASE_URL=… npm start` twice, on two Slack ports, serves
 * one parent from both without a doubled or lost turn. Two real processes (the app's own entry
 * point, Bolt on its own port each) share one PostgreSQL and one fake Slack; one parent's
 * conversation is sent to them in turn, and every third event to both at once (as a retry
 * through a load balancer would). The same conversation on one in-process SQLite instance is
 * the reference: the same questions in the same order, each step answered by exactly one post,
 * and the same notes in PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealerFromEnv } from '../../../src/security/sealer-from-env.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { tempDir } from '../../support/builders.js';
import { freshPgDatabase } from '../../store/contract/store-factories.js';
import { Instance } from './app-process.js';
import { buttonsOf, click, dm, FakeSlack, keysOf, nextEventId, postInteraction, postJson, SIGNING_SECRET, startHarness, type ApiCall, type PostedButton } from './fake-slack.js';
import { firstNoScript } from './parent-script.js';

const USER = 'U1';
const CHANNEL = 'DU1';
const PARENT = `slack:T1:${USER}`;

/** What the parent does at each question, by content key; otherwise the first fitting button or a short answer. */
const SCRIPT = firstNoScript('Mrs Patel, the SENCo, said they need six more weeks of attendance data before they change anything.');

/** Log lines that end an instance's handling of one event, whatever became of it. */
const DONE = new Set(['turn delivered', 'duplicate of a handled turn ignored', 'duplicate of a turn in progress ignored', 'click on an answered question ignored', 'delivery failed']);

interface Question {
  call: ApiCall;
  key: string;
  buttons: PostedButton[];
}

function lastQuestion(fake: FakeSlack): Question | undefined {
  const last = fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === CHANNEL).at(-1);
  if (!last) return undefined;
  return { call: last, key: keysOf(last.args['blocks']).at(-1) ?? '', buttons: buttonsOf(last.args['blocks']) };
}

/** The parent's next event (a payload and how to post it), from the last question asked. */
function nextEvent(fake: FakeSlack): { key: string; post: (port: number) => Promise<{ status: number }> } {
  const q = lastQuestion(fake);
  if (!q) throw new Error('no question asked');
  const planned = SCRIPT[q.key];
  const button =
    planned && 'button' in planned
      ? q.buttons.find((b) => b.actionId === planned.button)
      : planned
        ? undefined
        : (q.buttons.find((b) => b.actionId.startsWith('choice:cat:') && b.actionId !== 'choice:cat:all') ?? q.buttons.find((b) => b.actionId === 'choice:yes') ?? q.buttons[0]);
  if (button) {
    const payload = click(USER, CHANNEL, String(q.call.response['ts']), q.call.args['blocks'], button);
    return { key: q.key, post: (port) => postInteraction(port, payload) };
  }
  const payload = dm(USER, planned && 'text' in planned ? planned.text : 'They did not say.', nextEventId());
  return { key: q.key, post: (port) => postJson(port, payload) };
}

const posts = (fake: FakeSlack) => fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === CHANNEL).length;

describe('two processes, one PostgreSQL, one parent', () => {
  const dir = tempDir('nextstep-two-');
  const dataKey = randomBytes(32).toString('base64');
  let fake: FakeSlack;
  let url: string;
  let instances: Instance[] = [];

  beforeAll(async () => {
    [fake, url] = await Promise.all([FakeSlack.start(), freshPgDatabase()]);
    const env = (name: string): NodeJS.ProcessEnv => ({
      NEXTSTEP_DATABASE_URL: url,
      NEXTSTEP_DATA_KEY: dataKey,
      NEXTSTEP_DB: join(dir.dir, name, 'nextstep.db'),
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
    });
    // The first creates the schema; the second finds it migrated.
    instances = [await Instance.start(env('a'))];
    instances.push(await Instance.start(env('b')));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await fake?.stop();
    dir.cleanup();
  });

  it('answers every event once, in order, with the notes complete, whichever instance gets it', async () => {
    // The reference: the same parent's choices on one instance with its own SQLite file.
    const ref = await startHarness();
    const refKeys: string[] = [];
    const refPosts: number[] = [];
    let delivered = 0;
    const refStep = async (post: (port: number) => Promise<{ status: number }>) => {
      expect((await post(ref.port)).status).toBe(200);
      await ref.waitForLog('turn delivered', ++delivered);
      refPosts.push(posts(ref.fake));
    };
    await refStep((port) => postJson(port, dm(USER, 'hello')));
    while (ref.fake.callsTo('files.completeUploadExternal').length === 0 && refKeys.length < 35) {
      const ev = nextEvent(ref.fake);
      refKeys.push(ev.key);
      await refStep(ev.post);
    }
    const refNotes = ref.app.store.listNotes(PARENT).map((n) => [n.kind, n.topic, n.text]);
    await ref.close();
    expect(refKeys.length).toBeGreaterThan(12);
    expect(refNotes.length).toBeGreaterThan(0);

    // The same choices spread over two processes; every third event sent to both at once.
    const [a, b] = instances as [Instance, Instance];
    const gotKeys: string[] = [];
    const gotPosts: number[] = [];
    const step = async (j: number, post: (port: number) => Promise<{ status: number }>) => {
      const targets = j % 3 === 2 ? [a, b] : [j % 2 ? b : a];
      const before = targets.map((t) => t.count(DONE));
      const res = await Promise.all(targets.map((t) => post(t.port)));
      expect(res.map((r) => r.status)).toEqual(targets.map(() => 200));
      // Each instance that got the event has finished with it (answered it or found it answered).
      await Promise.all(targets.map((t, i) => t.waitFor(() => t.count(DONE) > (before[i] ?? 0), `event ${j} handled`)));
      gotPosts.push(posts(fake));
    };
    await step(0, (port) => postJson(port, dm(USER, 'hello')));
    for (let j = 1; j <= refKeys.length && fake.callsTo('files.completeUploadExternal').length === 0; j++) {
      const ev = nextEvent(fake);
      gotKeys.push(ev.key);
      await step(j, ev.post);
    }

    // Same questions, same order; after each event exactly as many posts as on one instance
    // (a doubled turn would post twice, a lost one not at all).
    expect(gotKeys).toEqual(refKeys);
    expect(gotPosts).toEqual(refPosts);
    expect(a.count('turn delivered') + b.count('turn delivered')).toBeGreaterThan(refKeys.length);
    // Both instances served the parent.
    for (const inst of [a, b]) expect(inst.lines.filter((l) => l['msg'] === 'turn delivered' && Number(l['replies']) > 0).length).toBeGreaterThan(3);
    // Nothing left undelivered, and no parent's words in either log.
    for (const inst of [a, b]) {
      expect(inst.count('delivery failed')).toBe(0);
      expect(JSON.stringify(inst.lines)).not.toContain('Maisie');
    }

    const store = await PgStore.open({ url, sealer: sealerFromEnv({ NEXTSTEP_DATA_KEY: dataKey }), poolSize: 1 });
    try {
      const notes = await store.runTurn({ userId: PARENT }, () => store.listNotes(PARENT));
      expect(notes.map((n) => [n.kind, n.topic, n.text])).toEqual(refNotes);
      expect(await store.undelivered()).toEqual([]);
    } finally {
      await store.end();
    }
  }, 180_000);
});
