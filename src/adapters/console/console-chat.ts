/**
 * The console chat: the reference adapter. Interactive in a terminal; scripted when stdin is
 * not a TTY (one parent message per line, exits at the end of input).
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Engine } from '../../core/engine.js';
import type { TurnInput } from '../../core/types.js';
import { formatAside, formatReply, loadWrapping } from './format-console.js';
import { renderForConsole } from './render-console.js';
import { copiesLine } from './kept-copies.js';
import { saveFiles, type WriteFile } from './save-files.js';

export interface ConsoleChatOptions {
  engine: Engine;
  user: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where documents and charts are saved: each parent's in their own folder under it (so `forget` can remove them). */
  filesDir: string;
  /** Where the parent's own copies (exports) are saved, each parent's in their own folder: `forget` leaves them (kept-copies.ts). Default: `filesDir`'s. */
  copiesDir?: string;
  interactive: boolean;
  /** Tests: how files are written (default fs.writeFileSync), to inject a full disk. */
  writeFile?: WriteFile;
  /** The parent's time zone (an IANA name); default: this machine's (`TZ`, else the system's). */
  zone?: string;
}

/** The zone of the machine the console runs on: the parent's own, so "today" is their day. */
export function machineZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

const PROMPT = 'you › ';

export async function runConsoleChat(opts: ConsoleChatOptions): Promise<void> {
  const { engine, user, output } = opts;
  const zone = opts.zone ?? machineZone();
  const write = (s: string) => output.write(s.endsWith('\n') ? s : `${s}\n`);
  // A terminal's width is read at every reply (it may have been resized); piped output is left unwrapped.
  const columns = () => (opts.interactive ? (output as { columns?: number }).columns : undefined);
  if (columns() !== undefined) await loadWrapping();

  async function turn(input: TurnInput): Promise<void> {
    const id = `console:${randomUUID()}`;
    const replies = await engine.handleTurn({ id, channel: 'console', user, where: 'dm', input, receivedAt: engine.deps.clock.now(), ...(zone ? { zone } : {}) });
    const rendered = renderForConsole(replies);
    const { saved, kept, failed } = saveFiles(opts.filesDir, user, rendered.files, opts.writeFile, opts.copiesDir);
    const words = engine.deps.content;
    // Where a file went is said right under the part that made it, then the rest of the turn.
    write(`\n${formatReply(rendered.head, columns())}`);
    for (const p of saved) write(formatAside(`(saved to ${p})`));
    if (kept.length) write(formatAside(words.render('console.copies.kept')));
    for (const f of failed) {
      const unprinted = rendered.files.find((x) => x.filename === f.name)?.printIfNotSaved;
      if (unprinted) write(formatReply(unprinted, columns()));
      write(formatAside(words.render(`console.file-not-saved.${f.kind}`, { name: f.name })));
    }
    if (rendered.tail) write(`\n${formatReply(rendered.tail, columns(), true)}`);
    const copies = copiesLine(replies, opts.copiesDir, user, words);
    if (copies) write(formatAside(copies));
    write('');
    engine.ack(id);
  }

  // Anything committed but never shown (the process died mid-reply) is shown first.
  for (const pending of (await engine.undelivered()).filter((u) => u.userId === user)) {
    write(`\n${formatReply(renderForConsole(pending.replies).text, columns())}`);
    engine.ack(pending.eventId);
  }

  await turn({ kind: 'command', name: 'resume', args: '' });

  const rl = createInterface({ input: opts.input, output: opts.interactive ? opts.output : undefined, terminal: opts.interactive });
  if (opts.interactive) {
    rl.setPrompt(PROMPT);
    rl.prompt();
  }
  if (!opts.interactive) {
    for await (const line of rl) {
      write(`${PROMPT}${line}`);
      await turn(toInput(line.trim()));
    }
    rl.close();
    return;
  }
  // In a terminal, a pasted email arrives as many lines at once: lines that come within
  // PASTE_MS of each other are one message (nobody presses Enter twice that fast). A paste whose
  // last line has no line break (copied from an email, it often has none) leaves that line in the
  // input line: nobody types that fast either, so the message waits for the Enter that ends it.
  await new Promise<void>((done) => {
    let lines: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    let chain = Promise.resolve();
    let closed = false;
    const send = () => {
      if (!closed && lines.length && rl.line.length > 0) return;
      const text = lines.join('\n').trim();
      lines = [];
      if (closed && !text) return;
      if (/^(\/quit|\/exit|quit|exit)$/i.test(text)) {
        closed = true;
        rl.close();
        return;
      }
      chain = chain.then(async () => {
        await turn(toInput(text));
        if (!closed) rl.prompt();
      });
    };
    rl.on('line', (line) => {
      lines.push(line);
      clearTimeout(timer);
      timer = setTimeout(send, PASTE_MS);
    });
    // Ctrl-C ends the chat like "quit" (readline would otherwise only pause); Ctrl-D too.
    rl.on('SIGINT', () => {
      closed = true;
      rl.close();
    });
    rl.on('close', () => {
      clearTimeout(timer);
      if (lines.length) send();
      closed = true;
      void chain.then(done);
    });
  });
}

/** Lines closer together than this are one paste, not several messages. */
const PASTE_MS = 30;

/** `/notes`, `/say they said…` etc. are commands; everything else is what the parent typed. */
export function toInput(line: string): TurnInput {
  const m = /^\/([a-z-]+)\s*([\s\S]*)$/i.exec(line);
  if (m) return { kind: 'command', name: (m[1] as string).toLowerCase(), args: m[2] ?? '' };
  return { kind: 'text', text: line };
}
