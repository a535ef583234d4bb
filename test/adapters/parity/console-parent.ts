/**
 * The parity parent in the console: the console adapter's own entry (`runConsoleChat`, scripted
 * as when standard input is not a terminal), one line at a time, each line written once the
 * answer to the last one is printed. What the parent was shown is read from the printed text.
 */
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Reply } from '../../../src/core/types.js';
import { FixedClock, makeTestApp, tempDir } from '../../support/builders.js';
import { latest, lastQuestionOf, norm, PARITY_START, readShown, toldOf, TURN_GAP_MS, type ParentChannel, type Question, type Step } from './transcript.js';

/** The numbered options after a question's words, as the console prints them (a 0-10 scale as its numbers). */
function consoleChoices(drawn: string, q: Question, at: number): string[] {
  const labels = q.choices.map((c) => norm(c.label));
  if (labels.length && labels.every((l) => /^\d+$/.test(l))) return drawn.startsWith(` ${labels.join(' ')}`, at) ? q.choices.map((c) => c.id) : [];
  const ids: string[] = [];
  let c = at;
  for (const [i, choice] of q.choices.entries()) {
    const line = ` ${i + 1}. ${labels[i] ?? ''}`;
    if (!drawn.startsWith(line, c)) break;
    ids.push(choice.id);
    c += line.length;
  }
  return ids;
}

export async function consoleParent(): Promise<ParentChannel> {
  const clock = new FixedClock(PARITY_START);
  const app = makeTestApp({ clock });
  const files = tempDir();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));

  let replies: Reply[] = [];
  let acked: (() => void) | null = null;
  const asked: Question[] = [];
  const engine: Engine = {
    ...app.engine,
    handleTurn: async (t) => {
      clock.advance(TURN_GAP_MS);
      replies = await app.engine.handleTurn(t);
      return replies;
    },
    ack: (id) => {
      app.engine.ack(id);
      acked?.();
    },
  };

  /** Sends a line (or nothing: the chat's own greeting) and reads what was printed in answer. */
  async function turn(line: string | null): Promise<Step> {
    const from = printed.length;
    const done = new Promise<void>((resolve) => (acked = resolve));
    if (line === null) chat = runConsoleChat({ engine, user: 'local', input, output, filesDir: files.dir, interactive: false });
    else input.write(`${line}\n`);
    await done;
    await new Promise((r) => setImmediate(r));
    const drawn = norm(printed.slice(from));
    const q = lastQuestionOf(replies);
    if (q) asked.push(q);
    return { did: '', shown: readShown(replies, drawn, (question, at) => consoleChoices(drawn, question, at)), told: toldOf(replies) };
  }
  let chat: Promise<void> = Promise.resolve();

  return {
    name: 'console',
    clicks: false,
    user: 'local',
    store: app.store,
    greet: () => turn(null),
    type: (text) => turn(text),
    press(key, id) {
      const q = latest(asked, (a) => a.key === key);
      const i = q?.choices.findIndex((c) => c.id === id) ?? -1;
      const choice = q?.choices[i];
      if (!q || !choice) throw new Error(`console: no choice ${id} at ${key}`);
      // A 0-10 scale is answered with the score itself; other options with their number.
      return turn(q.choices.every((c) => /^\d+$/.test(c.label.trim())) ? choice.label.trim() : String(i + 1));
    },
    pressOld: () => Promise.reject(new Error('the console has no buttons')),
    command: (name, args) => turn(`/${name}${args ? ` ${args}` : ''}`),
    async close() {
      input.end();
      await chat;
      app.cleanup();
      files.cleanup();
    },
  };
}
