/** `notes --user ID [--json] [--db PATH]`: the parent's case notes, oldest first. */
import { bootContent } from '../app.js';
import { formatTimeline } from '../core/timeline.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { dbPathFrom, parseOptions, requireString, type CliIo } from './io.js';

export async function notesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' } });
  const user = requireString(values.user, 'user');
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const notes = store.listNotes(user);
    if (values.json) {
      const rows = notes.map((n) => ({
        id: n.id,
        at: n.at,
        child: n.nickname,
        kind: n.kind,
        topic: n.topic,
        category: n.category ?? null,
        who: n.who ?? null,
        said_on: n.saidOn ?? null,
        due: n.due ?? null,
        text: n.text,
      }));
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      const content = bootContent();
      io.stdout.write(`${notes.length ? formatTimeline(content, notes, 100_000) : content.render('notes.empty')}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}
