/** `notes --user ID [--json] [--db PATH]`: the parent's case notes, oldest first. */
import { bootContent } from '../app.js';
import { caseNotes } from '../features/case-file/case-timeline.js';
import type { FollowupRow } from '../features/case-file/requests-port.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { noteJson } from '../features/case-file/case-file-json.js';
import { dbPathFrom, parseOptions, requireString, type CliIo } from './io.js';

export async function notesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' } });
  const user = requireString(values.user, 'user');
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const notes = store.listNotes(user);
    if (values.json) {
      // Requests sent carry their follow-up: when it is due and whether the school answered.
      const followups = new Map(store.requests.listFollowups(user).map((f) => [f.requestNoteId, f]));
      const rows = notes.map((n) => ({
        ...noteJson(n),
        followup: n.kind === 'request_sent' && followups.has(n.id) ? followupJson(followups.get(n.id)) : null,
      }));
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      const content = bootContent();
      io.stdout.write(`${caseNotes(store, content, user) || content.render('notes.empty')}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

function followupJson(f: FollowupRow | undefined) {
  return f ? { id: f.id, status: f.status, school_days: f.schoolDays, due_on: f.dueOn, reminded_at: f.remindedAt, closed_at: f.closedAt } : null;
}
