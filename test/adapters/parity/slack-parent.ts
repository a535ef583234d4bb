/**
 * The parity parent in Slack: the real Bolt app against the fake Slack (test/adapters/slack),
 * DM messages, button clicks on the messages the bot posted, and `/nextstep` slash commands.
 * What the parent was shown is read from the Web API calls (Block Kit sections, contexts and
 * buttons; uploaded files) and the slash commands' response_url posts.
 */
import { buttonsOf, click, dm, postCommand, postInteraction, postJson, slashCommand, startHarness, type ApiCall } from '../slack/fake-slack.js';
import { latest, norm, readShown, toldOf, turnRecorder, type ParentChannel, type Step } from './transcript.js';

const USER = 'U1';
const DM = `D${USER}`;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/**
 * A message's text as Slack sends it in the event: &, < and > escaped, and what the parent typed
 * as an email or web address made a link (`<mailto:a@b.org|a@b.org>`, `<http://www.b.org|www.b.org>`,
 * `<https://b.org/x>`).
 */
function asSlackSendsIt(typed: string): string {
  const escaped = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/\bhttps?:\/\/[^\s<>]+|\bwww\.[\w-]+(?:\.[\w-]+)+(?:\/[^\s<>]*)?|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, (m) =>
    m.startsWith('http') ? `<${m}>` : m.includes('@') ? `<mailto:${m}|${m}>` : `<http://${m}|${m}>`,
  );
}

interface Block {
  type?: unknown;
  block_id?: unknown;
  text?: { text?: unknown };
  elements?: { text?: unknown; action_id?: unknown; value?: unknown }[];
}

/** A question the bot posted, to click later: in the DM (its ts), or in an ephemeral answer (no ts). */
interface Posted {
  key: string;
  promptId: string;
  ts: string | null;
  blocks: unknown;
}

export async function slackParent(): Promise<ParentChannel> {
  const turns = turnRecorder();
  const h = await startHarness({ clock: turns.clock, wrapEngine: turns.wrapEngine });
  const posted: Posted[] = [];
  let delivered = 0;
  let clicks = 0;

  /** The turn's questions whose buttons are in these blocks, kept to click later. */
  function keep(blocks: unknown, ts: string | null): void {
    for (const r of turns.replies()) {
      if (r.type === 'question' && buttonsOf(blocks).some((b) => b.value === r.promptId)) posted.push({ key: r.key, promptId: r.promptId, ts, blocks });
    }
  }

  /** A message's words (sections and contexts, in order) and its buttons' choices by question. */
  function readBlocks(blocks: unknown, pieces: string[], choices: Map<string, string[]>, files: string[]): void {
    for (const b of (Array.isArray(blocks) ? blocks : []) as Block[]) {
      if (b.type === 'section' && typeof b.text?.text === 'string') pieces.push(unescape(b.text.text));
      if (b.type === 'context') {
        // An ephemeral answer cannot carry a file: it went to the DM, and this line says so where it stood.
        if (String(b.block_id).startsWith('slack.sent-to-dm#')) pieces.push(files.shift() ?? '');
        for (const e of b.elements ?? []) if (typeof e.text === 'string') pieces.push(unescape(e.text));
      }
      if (b.type === 'actions') {
        for (const e of b.elements ?? []) {
          const promptId = String(e.value);
          choices.set(promptId, [...(choices.get(promptId) ?? []), String(e.action_id).replace(/^choice:/, '')]);
        }
      }
    }
  }

  /** A file uploaded: its name, then its content. */
  const uploaded = (call: ApiCall) => `${String(call.args['filename'])}\n${h.fake.uploads.find((u) => u.fileId === call.response['file_id'])?.raw ?? ''}`;

  async function turn(send: () => Promise<{ status: number }>): Promise<Step> {
    const fromCall = h.fake.calls.length;
    const fromRespond = h.fake.responds.length;
    turns.clear();
    const res = await send();
    if (res.status !== 200) throw new Error(`slack answered ${res.status}`);
    delivered += 1;
    await h.waitForLog('turn delivered', delivered);
    const calls = h.fake.calls.slice(fromCall);
    const responds = h.fake.responds.slice(fromRespond);
    const pieces: string[] = [];
    const choices = new Map<string, string[]>();
    if (responds.length > 0) {
      // An ephemeral answer (a slash command): its messages, with the files it sent to the DM in their place.
      const files = calls.filter((c) => c.method === 'files.getUploadURLExternal').map(uploaded);
      // A click on an ephemeral message replaces it (its buttons gone, the choice shown): not something new to read.
      for (const r of responds.filter((x) => x.body['replace_original'] !== true)) {
        readBlocks(r.body['blocks'], pieces, choices, files);
        keep(r.body['blocks'], null);
      }
      pieces.push(...files);
    } else {
      for (const c of calls) {
        if (c.method === 'files.getUploadURLExternal') pieces.push(uploaded(c));
        if (c.method !== 'chat.postMessage' || c.args['channel'] !== DM) continue;
        readBlocks(c.args['blocks'], pieces, choices, []);
        keep(c.args['blocks'], String(c.response['ts']));
      }
    }
    const drawn = norm(pieces.join('\n'));
    return { did: '', shown: readShown(turns.replies(), drawn, (q) => choices.get(q.promptId) ?? []), told: toldOf(turns.replies()) };
  }

  function clickOn(post: Posted | undefined, id: string): Promise<Step> {
    const button = post && buttonsOf(post.blocks).find((b) => b.actionId === `choice:${id}` && b.value === post.promptId);
    if (!post || !button) throw new Error(`slack: no button ${id}`);
    // A button in an ephemeral answer comes with a response_url of its own (Slack's, per click).
    const where = post.ts === null ? { ephemeral: true, responseUrl: h.fake.responseUrl(`click-${++clicks}`) } : {};
    return turn(() => postInteraction(h.port, click(USER, DM, post.ts ?? '0000000000.000000', post.blocks, button, where)));
  }

  return {
    name: 'slack',
    clicks: true,
    user: `slack:T1:${USER}`,
    store: h.app.store,
    greet: () => turn(() => postJson(h.port, dm(USER, 'hello'))),
    type: (text) => turn(() => postJson(h.port, dm(USER, asSlackSendsIt(text)))),
    press: (key, id) => clickOn(latest(posted, (p) => p.key === key), id),
    pressOld: (key, id) => clickOn(posted.find((p) => p.key === key), id),
    command: (name, args) => turn(() => postCommand(h.port, slashCommand(h.fake, USER, asSlackSendsIt(`${name} ${args}`.trim()), DM))),
    close: () => h.close(),
  };
}
