/** `notes --user ID [--json] [--db PATH]`: the parent's case notes, oldest first. */
import * as z from 'zod';
import { SETTING_TOPICS } from '../setting-topics.js';
import { caseNotes } from '../features/case-file/case-timeline.js';
import type { FollowupRow } from '../features/case-file/requests-port.js';
import { noteJson } from '../features/case-file/case-file-json.js';
import { opt, parseOptions, reportUnreadable, type CliIo } from './io.js';
import { cliContent, openExisting } from './open-store.js';

const Options = z.object({ user: opt.str, db: opt.db, json: opt.flag });

export async function notesCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const opened = await openExisting(o, io, o.user);
  const { store } = opened;
  try {
    const notes = store.listNotes(o.user);
    if (o.json) {
      // Requests sent carry their follow-up: when it is due and whether the school answered.
      const followups = new Map(store.requests.listFollowups(o.user).map((f) => [f.requestNoteId, f]));
      const rows = notes.map((n) => ({
        ...noteJson(n),
        followup: n.kind === 'request_sent' && followups.has(n.id) ? followupJson(followups.get(n.id)) : null,
      }));
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      const content = cliContent();
      io.stdout.write(`${caseNotes(store, content, o.user, { settingTopics: SETTING_TOPICS }) || content.render('notes.empty')}\n`);
    }
    reportUnreadable(io, store, o.user, cliContent());
    return 0;
  } finally {
    await opened.close();
  }
}

function followupJson(f: FollowupRow | undefined) {
  return f ? { id: f.id, status: f.status, school_days: f.schoolDays, due_on: f.dueOn, reminded_at: f.remindedAt, closed_at: f.closedAt } : null;
}
