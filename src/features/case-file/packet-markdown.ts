/** The evidence packet as Markdown: readable as plain text, editable, and fine to paste into an email. */
import type { ContentCatalog } from '../../content/catalog.js';
import { readableDate, readableDatesIn, readableRange } from '../daily-log/dates.js';
import { openRequestLine, packetTitle, type CaseFile } from './evidence.js';
import { dayRows, summaryFacts } from './packet-daily-log.js';

export interface MarkdownOptions {
  /** File names of chart images written next to the Markdown, by case id. */
  chartFiles?: ReadonlyMap<number, string>;
}

/**
 * What the parent wrote (nicknames, statements, letters built from their words), made inert in
 * Markdown: no raw HTML or autolinks (a `<` that could open one escaped: before a letter, `/`,
 * `!` or `?`, as CommonMark's raw HTML and autolinks begin) and no links (`](` and `]:` broken),
 * so a `javascript:` or `data:` target can never become something to click. Any other `<` ("home
 * at lunch (<3 hours)") stays as typed: the file is read as plain text too, where `&lt;` showed.
 */
export function markdownText(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/\]\s*\(/g, ']\\(').replace(/\]\s*:/g, ']\\:');
}

export function renderPacketMarkdown(content: ContentCatalog, cf: CaseFile, opts: MarkdownOptions = {}): string {
  const r = (key: string, vars: Record<string, string> = {}) => markdownText(content.render(key, vars));
  const out: string[] = [];
  out.push(`# ${markdownText(packetTitle(content, cf))}`, '', r('case-file.packet.prepared', { date: readableDate(cf.today, cf.monthFirst) }), '', `_${r('case-file.packet.disclaimer')}_`, '');

  out.push(`## ${r('case-file.packet.open-requests')}`, '');
  if (cf.openRequests.length === 0) out.push(r('case-file.packet.no-open-requests'));
  for (const f of cf.openRequests) out.push(`- ${markdownText(openRequestLine(content, f, cf.monthFirst, cf.today))}`);
  out.push('');

  // As in the PDF: no timeline section when there is nothing in it.
  const timeline = cf.timeline.split('\n').filter((line) => line.trim());
  if (timeline.length) {
    out.push(`## ${r('case-file.packet.timeline')}`, '');
    for (const line of timeline) out.push(line.startsWith('•') ? `- ${markdownText(line.replace(/^•\s*/, ''))}` : `\n### ${markdownText(line)}\n`);
    out.push('');
  }

  const cell = (t: string) => markdownText(t).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  for (const log of cf.logs) {
    out.push(`## ${r('case-file.packet.daily-log-child', { nickname: log.name })}`, '');
    if (log.inRange.length === 0) {
      out.push(r('case-file.packet.log-empty', { from: readableDate(log.range.from, cf.monthFirst), to: readableDate(log.range.to, cf.monthFirst) }), '');
      continue;
    }
    out.push(r('case-file.packet.log-range', { range: readableRange(log.range.from, log.range.to, cf.monthFirst) }), '', `### ${r('case-file.packet.summary')}`, '');
    for (const f of summaryFacts(content, log, cf.notes, cf.monthFirst)) out.push(`- ${markdownText(f)}`);
    out.push('');
    const file = opts.chartFiles?.get(log.caseId);
    if (file) out.push(`### ${r('case-file.packet.chart')}`, '', `![${r('case-file.packet.chart-alt')}](${file})`, '');
    const cols = ['date', 'day', 'attendance', 'hours', 'morning', 'harder', 'tried', 'note'] as const;
    out.push(`### ${r('case-file.packet.days')}`, '', r('case-file.packet.days-note'), '');
    out.push(`| ${cols.map((c) => r(`case-file.packet.col.${c}`)).join(' | ')} |`, `|${cols.map(() => '---|').join('')}`);
    for (const d of dayRows(content, log, log.range, cf.monthFirst)) out.push(`| ${cols.map((c) => cell(d[c])).join(' | ')} |`);
    out.push('');
  }

  if (cf.letters.length) {
    out.push(`## ${r('case-file.packet.letters-kept')}`, '');
    for (const l of cf.letters) {
      const status = l.sentOn ? r('case-file.packet.letter-sent', { date: readableDate(l.sentOn, cf.monthFirst) }) : r('case-file.packet.letter-kept');
      out.push(`### ${r('case-file.packet.letter-heading', { date: readableDate(l.date, cf.monthFirst), title: l.title })}`, '', `_${status}_`, '', markdownText(readableDatesIn(l.body.trimEnd(), cf.monthFirst)), '', '---', '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
