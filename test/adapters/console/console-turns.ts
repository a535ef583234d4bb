/** The console chat, scripted (not interactive), over a case app: documents are saved where the console saves them. */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import type { CaseApp } from '../../features/case-file/support.js';

/** Types `lines` as `user` (parent-a unless said) and returns everything the console printed. Copies go to `<app dir>/exports` unless `withCopies` is false. */
export async function consoleTurns(a: CaseApp, lines: string[], o: { user?: string; withCopies?: boolean } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const copiesDir = o.withCopies === false ? {} : { copiesDir: join(a.dir, 'exports') };
  const done = runConsoleChat({ engine: a.engine, user: o.user ?? 'parent-a', input, output, filesDir: join(a.dir, 'files'), ...copiesDir, interactive: false });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}
