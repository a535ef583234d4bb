/**
 * Child process for the crash test: runs many scripted conversations concurrently against a
 * SQLite file and prints, on stdout (a pipe: synchronous on Linux, so a printed line survives
 * a SIGKILL that follows it), one line per reply it released:
 *
 *   R <eventId>             a reply found undelivered in the outbox at start-up, re-delivered
 *   A <eventId> <noteIds>   a turn answered, with the parent's note ids at that moment
 *   D <eventId>             a replayed turn recognised as already handled
 *   READY / DONE
 *
 * Every turn is replayed from the start of its script with the same event ids, as a platform
 * retries: turns committed before the crash are recognised, the rest are processed.
 * Usage: tsx durability-child.ts DB_PATH USERS
 */
import { createApp } from '../../../src/app.js';
import { FixedClock, fixedClassifier } from '../../support/builders.js';
import { conversationScript, scriptEventId, scriptUser } from './trust-app.js';

const [dbPath, usersArg] = process.argv.slice(2);
if (!dbPath || !usersArg) throw new Error('usage: durability-child DB_PATH USERS');
const users = Number(usersArg);
const out = (line: string) => process.stdout.write(`${line}\n`);

const app = createApp({ dbPath, clock: new FixedClock(), classifier: fixedClassifier('data'), throttle: false });

for (const pending of (await app.engine.undelivered())) {
  out(`R ${pending.eventId}`);
  app.engine.ack(pending.eventId);
}
out('READY');

async function converse(i: number): Promise<void> {
  const user = scriptUser(i);
  const script = conversationScript(i);
  for (const [j, input] of script.entries()) {
    const id = scriptEventId(i, j);
    const replies = await app.engine.handleTurn({ id, channel: 'console', user, where: 'dm', input, receivedAt: new Date() });
    if (replies.length === 0) {
      out(`D ${id}`);
      continue;
    }
    if (replies.some((r) => r.key === 'engine.error')) throw new Error(`turn ${id} failed`);
    out(`A ${id} ${app.store.listNotes(user).map((n) => n.id).join(',')}`);
    app.engine.ack(id);
  }
}

await Promise.all(Array.from({ length: users }, (_, i) => converse(i)));
app.close();
out('DONE');
