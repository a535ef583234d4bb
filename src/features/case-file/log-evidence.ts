/**
 * What the daily log shows, in words for a letter or the evidence packet: a sentence or two, and
 * the summary added to any letter whose template has a `log_evidence` line.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { RunContext } from '../../core/flow-runner.js';
import type { Store } from '../../core/ports.js';
import { readableRange } from '../daily-log/dates.js';
import { summarizeFor } from '../daily-log/summary.js';
import { countedTriggerWords } from '../daily-log/describe.js';
import { caseProfile, monthFirst } from '../advice/profile.js';
import { agreedTrials, trialLines } from './agreed-trial.js';

/** Days missed are said as days missed, a whole day as a whole day; else the average ("about 40% of a school day"). */
function evidenceKey(s: { days_logged: number; absent: number; full: number }): string {
  if (s.days_logged === 1) return s.absent === 1 ? 'case-file.log-evidence.one-day.absent' : s.full === 1 ? 'case-file.log-evidence.one-day.full' : 'case-file.log-evidence.one-day';
  return s.absent === s.days_logged ? 'case-file.log-evidence.none' : 'case-file.log-evidence';
}

/** A sentence or two on what the daily log shows, for a letter or the packet (dates in the case's style, as its letters); undefined with no log. */
export function logEvidence(store: Store, content: ContentCatalog, userId: string, caseId: number | null, nickname: string, range: { from?: string; to?: string } = {}): string | undefined {
  const s = summarizeFor(store.logs, userId, caseId === null ? { ...range } : { caseId, ...range });
  if (s.days_logged === 0 || !s.from || !s.to) return undefined;
  const main = content.render(evidenceKey(s), {
    range: readableRange(s.from, s.to, monthFirst(caseProfile(store, userId, caseId))),
    days: String(s.days_logged),
    nickname: nickname || content.render('case-file.letter.my-child'),
    rate: String(Math.round(s.attendance_rate * 100)),
    full: String(s.full),
    partial: String(s.partial),
    absent: String(s.absent),
  });
  const unknown = s.partial_hours_unknown;
  const counted = unknown === 0 ? main : `${main} ${content.render(unknown === 1 ? 'case-file.log-evidence.hours-unknown-one' : 'case-file.log-evidence.hours-unknown', { count: String(unknown) })}`;
  // Days inside a trial agreed with the school are said to be (W12-7): a shorter day agreed is not school missed without a word.
  const days = store.logs.listEntries(userId, caseId === null ? {} : { caseId }).map((e) => e.date).filter((d) => d >= (s.from ?? '') && d <= (s.to ?? ''));
  const trials = caseId === null ? [] : agreedTrials(content, store.listNotes(userId, { caseId }), caseId);
  const said = [counted, ...trialLines(content, trials, days, 'case-file.log-evidence.trial', monthFirst(caseProfile(store, userId, caseId)), true)].join(' ');
  const top = s.triggers.slice(0, 3);
  if (top.length === 0) return said;
  const list = top
    .map((t) => content.render(t.count === 1 ? 'case-file.log-evidence.trigger-one-day' : 'case-file.log-evidence.trigger', { name: countedTriggerWords(content, t), count: String(t.count) }))
    .join(', ');
  return `${said} ${content.render('case-file.log-evidence.triggers', { triggers: list })}`;
}

/**
 * Any letter whose template has a `log_evidence` line gets the daily-log summary when the parent
 * keeps a log, whichever flow drafted it.
 */
export function withLogEvidence(ctx: RunContext, template: string, vars: Record<string, string>): Record<string, string> {
  if (vars.log_evidence || !ctx.content.letter(template)?.vars.log_evidence) return vars;
  const caseId = ctx.session.caseId;
  const nickname = vars.nickname || ctx.store.listCases(ctx.session.userId).find((c) => c.id === caseId)?.nickname || '';
  const evidence = logEvidence(ctx.store, ctx.content, ctx.session.userId, caseId, nickname);
  return evidence ? { ...vars, log_evidence: evidence } : vars;
}
