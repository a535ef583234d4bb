/**
 * Direct messages drive the conversation: from a first "hello" through triage to a drafted
 * letter (uploaded as a file), with Block Kit buttons answering questions and the clicked
 * message updated so a second click answers nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstNoScript } from './parent-script.js';
import {
  buttonsOf,
  click,
  dm,
  keysOf,
  postInteraction,
  postJson,
  startHarness,
  type ApiCall,
  type Harness,
  type PostedButton,
} from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const STATEMENT =
  'Mrs Patel, the SENCo, said they need more data before they can consider a reduced timetable, so we should keep bringing Maisie in and they will track attendance for six weeks.';

/** What the parent does at each question, by content key; otherwise the first button or a short answer. */
const SCRIPT = firstNoScript(STATEMENT);

interface Question {
  call: ApiCall;
  key: string;
  buttons: PostedButton[];
}

/** The last question the bot asked in this DM (a section followed by buttons or an open question). */
function lastQuestion(channel: string): Question | undefined {
  const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === channel);
  const last = posts.at(-1);
  if (!last) return undefined;
  const keys = keysOf(last.args['blocks']);
  return { call: last, key: keys.at(-1) ?? '', buttons: buttonsOf(last.args['blocks']) };
}

let delivered = 0;
async function step(send: () => Promise<{ status: number }>): Promise<void> {
  const res = await send();
  expect(res.status).toBe(200);
  delivered += 1;
  await h.waitForLog('turn delivered', delivered);
}

describe('Slack DMs', () => {
  beforeEach(() => {
    delivered = 0;
  });

  it('walks a conversation from the first message to a drafted letter, uploaded as a file', async () => {
    const user = 'U1';
    const channel = 'DU1';
    await step(() => postJson(h.port, dm(user, 'hello')));

    const seen: string[] = [];
    for (let i = 0; i < 35 && h.fake.callsTo('files.completeUploadExternal').length === 0; i++) {
      const q = lastQuestion(channel);
      if (!q) throw new Error('no question asked');
      seen.push(q.key);
      const planned = SCRIPT[q.key];
      const button =
        planned && 'button' in planned
          ? q.buttons.find((b) => b.actionId === planned.button)
          : planned
            ? undefined
            : (q.buttons.find((b) => b.actionId.startsWith('choice:cat:') && b.actionId !== 'choice:cat:all') ?? q.buttons.find((b) => b.actionId === 'choice:yes') ?? q.buttons[0]);
      if (button) {
        await step(() => postInteraction(h.port, click(user, channel, String(q.call.response['ts']), q.call.args['blocks'], button)));
      } else {
        const text = planned && 'text' in planned ? planned.text : 'They did not say.';
        await step(() => postJson(h.port, dm(user, text)));
      }
    }
    expect(seen.slice(0, 3)).toEqual(['home.menu', 'triage.ask-nickname', 'triage.ask-request']);
    expect(seen).toContain('triage.confirm-who');
    expect(seen).toContain('profile.ask-place');
    // Triage handed over to the flow for that kind of "no", which drafted the letter.
    expect(seen.some((k) => k.startsWith('no-'))).toBe(true);

    // The letter: uploaded as a file into the DM (files.uploadV2: get URL, upload, complete).
    const [complete] = await h.fake.waitForCalls('files.completeUploadExternal', 1);
    expect(complete?.args['channel_id']).toBe(channel);
    const [urlCall] = h.fake.callsTo('files.getUploadURLExternal');
    expect(String(urlCall?.args['filename'])).toMatch(/\.md$/);
    const upload = h.fake.uploads.find((u) => u.fileId === urlCall?.response['file_id']);
    expect(upload?.raw).toContain('Maisie');

    // Not a wall of text: no posted message carries the letter body.
    for (const c of h.fake.callsTo('chat.postMessage')) {
      expect(JSON.stringify(c.args['blocks']).length).toBeLessThan(9000);
    }
    // Every click updated its message: buttons gone, the choice shown.
    const updates = h.fake.callsTo('chat.update');
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) {
      expect(buttonsOf(u.args['blocks'])).toEqual([]);
      expect(JSON.stringify(u.args['blocks'])).toContain('✓');
    }
    expect(await h.app.engine.undelivered()).toEqual([]);
    expect(h.logger.dump()).not.toContain('Maisie');
    expect(h.logger.dump()).not.toContain('Patel');
  });

  it('a click answers once: a repeated click, or another button on the same message, does nothing', async () => {
    const user = 'U2';
    const channel = 'DU2';
    await step(() => postJson(h.port, dm(user, 'hello')));
    const q = lastQuestion(channel);
    expect(q?.key).toBe('home.menu');
    const ts = String(q?.call.response['ts']);
    const newNo = q?.buttons.find((b) => b.actionId === 'choice:new-no');
    const help = q?.buttons.find((b) => b.actionId === 'choice:help');
    if (!q || !newNo || !help) throw new Error('menu buttons missing');

    await step(() => postInteraction(h.port, click(user, channel, ts, q.call.args['blocks'], newNo)));
    const [update] = await h.fake.waitForCalls('chat.update', 1);
    expect(update?.args['ts']).toBe(ts);
    expect(update?.args['channel']).toBe(channel);
    expect(buttonsOf(update?.args['blocks'])).toEqual([]);
    expect(JSON.stringify(update?.args['blocks'])).toContain(newNo.label);
    expect(keysOf(update?.args['blocks'])).toContain('home.menu');
    const postsAfterFirst = h.fake.callsTo('chat.postMessage').length;
    expect(lastQuestion(channel)?.key).toBe('triage.ask-nickname');

    // The same button again (a double click: same message, same button).
    const again = await postInteraction(h.port, click(user, channel, ts, q.call.args['blocks'], newNo));
    expect(again.status).toBe(200);
    await h.waitForLog('duplicate of a handled turn ignored', 1);
    // A different button on the already-answered message (clicked before Slack removed it).
    const other = await postInteraction(h.port, click(user, channel, ts, q.call.args['blocks'], help));
    expect(other.status).toBe(200);
    await h.waitForLog('click on an answered question ignored', 1);

    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(postsAfterFirst);
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
    expect(h.app.store.getSession('slack:T1:U2')?.pending?.key).toBe('triage.ask-nickname');
  });

  it('a click on an old question is refused by the engine and only loses its buttons', async () => {
    const user = 'U3';
    const channel = 'DU3';
    await step(() => postJson(h.port, dm(user, 'hello')));
    const menu = lastQuestion(channel);
    if (!menu) throw new Error('no menu');
    // Move on by typing instead of clicking: the menu message keeps its (now stale) buttons.
    await step(() => postJson(h.port, dm(user, 'start over')));
    await step(() => postJson(h.port, dm(user, 'help')));
    const help = menu.buttons.find((b) => b.actionId === 'choice:help');
    if (!help) throw new Error('no help button');
    await step(() => postInteraction(h.port, click(user, channel, String(menu.call.response['ts']), menu.call.args['blocks'], help)));
    const [update] = await h.fake.waitForCalls('chat.update', 1);
    expect(buttonsOf(update?.args['blocks'])).toEqual([]);
    expect(JSON.stringify(update?.args['blocks'])).not.toContain('✓');
    const last = h.fake.callsTo('chat.postMessage').at(-1);
    expect(keysOf(last?.args['blocks'])).toContain('engine.stale-choice');
  });
});
