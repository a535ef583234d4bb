/**
 * Everything the bot holds about a parent, as one portable JSON document: the case as the bot
 * understands it (children, notes, requests, daily log, letters) and, under `tables`, every row
 * of every table that is about them, unsealed (found by introspection: see user-tables.ts).
 */
import type { NoteRow, Store } from '../../core/ports.js';
import type { CaseFile } from './evidence.js';

export const CASE_FILE_JSON_FORMAT = 'next-step-case-file';
export const CASE_FILE_JSON_VERSION = 1;

/** One note as `notes --json` shows it (same fields, plus `case_id`). */
export function noteJson(n: NoteRow) {
  return {
    id: n.id,
    at: n.at,
    /** The parent's own calendar day at `at`, where they were: the day the note is dated on. */
    day: n.day,
    child: n.nickname,
    case_id: n.caseId,
    kind: n.kind,
    topic: n.topic,
    category: n.category ?? null,
    who: n.who ?? null,
    said_on: n.saidOn ?? null,
    due: n.due ?? null,
    text: n.text,
  };
}

export function caseFileJson(store: Store, cf: CaseFile): string {
  const doc = {
    format: CASE_FILE_JSON_FORMAT,
    version: CASE_FILE_JSON_VERSION,
    exported_at: cf.generatedAt,
    user_id: cf.userId,
    children: cf.children.map((c) => ({ id: c.id, nickname: c.nickname, created_at: c.createdAt })),
    notes: cf.notes.map(noteJson),
    requests: cf.followups.map((f) => ({
      id: f.id,
      case_id: f.caseId,
      letter: f.letter,
      about: f.about,
      sent_at: f.sentAt,
      sent_on: f.sentOn,
      school_days: f.schoolDays,
      due_on: f.dueOn,
      due_at: f.dueAt,
      time_zone: f.timeZone,
      status: f.status,
      reminded_at: f.remindedAt,
      closed_at: f.closedAt,
    })),
    daily_log: cf.logs.map((l) => ({ case_id: l.caseId, child: l.nickname, summary: l.summary, entries: l.entries })),
    letters: cf.drafts,
    tables: store.requests.exportAll(cf.userId),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
