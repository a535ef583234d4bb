/**
 * The parity parent in Discord: the real discord.js client against the fake Discord
 * (test/adapters/discord), DMs, clicks on the buttons and selects of the messages the bot sent,
 * and `/nextstep` in the bot's DM. What the parent was shown is read from the messages the bot
 * created (their content, attachments and components).
 */
import { parseChoiceCustomId } from '../../../src/adapters/discord/to-components.js';
import { SUBCOMMAND_OPTIONS } from '../../../src/adapters/slash-commands.js';
import { tokenIndex } from '../../../src/core/choice-token.js';
import { componentsOf, fakeUser, messageIdOf, sentMessages, snowflake, type RecordedCall } from '../discord/discord-calls.js';
import { startHarness } from '../discord/discord-harness.js';
import { latest, norm, readShown, toldOf, turnRecorder, type ParentChannel, type Question, type Step } from './transcript.js';

/** A control the parent can use: a button (its custom id) or one option of a select (the select's id and the option's value). */
interface Control {
  customId: string;
  value?: string;
  promptId: string;
  token: string;
}

function controlsOf(call: RecordedCall): Control[] {
  return componentsOf(call).flatMap((c): Control[] => {
    const customId = c.custom_id ?? '';
    if (c.options) {
      return c.options.flatMap((o) => {
        const parsed = parseChoiceCustomId(customId, [o.value]);
        return parsed ? [{ customId, value: o.value, promptId: parsed.promptId ?? '', token: parsed.token }] : [];
      });
    }
    const parsed = parseChoiceCustomId(customId);
    return parsed ? [{ customId, promptId: parsed.promptId ?? '', token: parsed.token }] : [];
  });
}

/** The choice a control carries: its id, or its place in the question (`#2`) when the id did not fit. */
function choiceOf(control: Control, q: Question): string {
  const i = tokenIndex(control.token);
  return i === null ? control.token : (q.choices[i]?.id ?? control.token);
}

/** The name of the one option a subcommand takes. */
const optionOf = (sub: string): string | undefined => Object.entries(SUBCOMMAND_OPTIONS).find(([name]) => name === sub)?.[1]?.name;

interface Posted {
  key: string;
  question: Question;
  messageId: string;
  controls: Control[];
}

export async function discordParent(): Promise<ParentChannel> {
  const turns = turnRecorder();
  const h = await startHarness({ clock: turns.clock, wrapEngine: turns.wrapEngine });
  const parent = fakeUser(snowflake());
  const posted: Posted[] = [];

  /** `answersClick`: the turn answers a click, whose own message is edited (not something new to read). */
  async function turn(send: () => { id: string }, answersClick = false): Promise<Step> {
    const since = h.fake.calls.length;
    turns.clear();
    const { id } = send();
    await h.logger.delivered(id);
    const sent = sentMessages(h.fake.calls.slice(since)).filter((c) => !(answersClick && c.method === 'PATCH'));
    const pieces: string[] = [];
    const controls: Control[] = [];
    for (const c of sent) {
      pieces.push(String(c.body?.content ?? ''), ...c.files.map((f) => `${f.name}\n${f.text}`));
      const mine = controlsOf(c);
      controls.push(...mine);
      for (const r of turns.replies()) {
        if (r.type === 'question' && mine.some((m) => m.promptId === r.promptId)) posted.push({ key: r.key, question: r, messageId: messageIdOf(c), controls: mine });
      }
    }
    const drawn = norm(pieces.join('\n'));
    const choicesOf = (q: Question) => controls.filter((c) => c.promptId === q.promptId).map((c) => choiceOf(c, q));
    return { did: '', shown: readShown(turns.replies(), drawn, choicesOf), told: toldOf(turns.replies()) };
  }

  function clickOn(post: Posted | undefined, id: string): Promise<Step> {
    const control = post?.controls.find((c) => choiceOf(c, post.question) === id);
    if (!post || !control) throw new Error(`discord: no control for ${id}`);
    return turn(() => h.fake.click(parent, post.messageId, control.customId, control.value === undefined ? {} : { values: [control.value] }), true);
  }

  return {
    name: 'discord',
    clicks: true,
    user: `discord:${parent.id}`,
    store: h.app.store,
    greet: () => turn(() => ({ id: h.fake.dm(parent, 'hello') })),
    type: (text) => turn(() => ({ id: h.fake.dm(parent, text) })),
    press: (key, id) => clickOn(latest(posted, (p) => p.key === key), id),
    pressOld: (key, id) => clickOn(posted.find((p) => p.key === key), id),
    // The words go in the subcommand's own option (`text`, `format`…), as Discord sends them.
    command: (name, args) => turn(() => h.fake.slash(parent, name, { where: 'dm', ...(args ? { text: args, option: optionOf(name) } : {}) })),
    close: () => h.stop(),
  };
}
