/** The evidence packet as Markdown: readable as plain text, editable, and fine to paste into an email. */
import type { ContentCatalog } from '../../content/catalog.js';
import { openRequestLine, packetTitle, type CaseFile } from './evidence.js';

export interface MarkdownOptions {
  /** File names of chart images written next to the Markdown, by case id. */
  chartFiles?: ReadonlyMap<number, string>;
}

/**
 * What the parent wrote (nicknames, statements, letters built from their words), made inert in
 * Markdown: no raw HTML or autolinks (`<` escaped) and no links (`](` and `]:` broken), so a
 * `javascript:` or `data:` target can never become something to click. Plain text reads the same.
 */
export function markdownText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/\]\s*\(/g, ']\\(').replace(/\]\s*:/g, ']\\:');
}

export function renderPacketMarkdown(content: ContentCatalog, cf: CaseFile, opts: MarkdownOptions = {}): string {
  const r = (key: string, vars: Record<string, string> = {}) => markdownText(content.render(key, vars));
  const out: string[] = [];
  out.push(`# ${markdownText(packetTitle(content, cf))}`, '', r('case-file.packet.prepared', { date: cf.today }), '', `_${r('case-file.packet.disclaimer')}_`, '');

  out.push(`## ${r('case-file.packet.open-requests')}`, '');
  if (cf.openRequests.length === 0) out.push(r('case-file.packet.no-open-requests'));
  for (const f of cf.openRequests) out.push(`- ${markdownText(openRequestLine(content, f))}`);
  out.push('');

  out.push(`## ${r('case-file.packet.timeline')}`, '');
  for (const line of cf.timeline.split('\n')) {
    if (!line.trim()) continue;
    out.push(line.startsWith('•') ? `- ${markdownText(line.replace(/^•\s*/, ''))}` : `\n### ${markdownText(line)}\n`);
  }
  out.push('');

  if (cf.logs.length) {
    out.push(`## ${r('case-file.packet.daily-log')}`, '');
    for (const log of cf.logs) {
      out.push(`### ${markdownText(log.nickname)}`, '', markdownText(log.evidence), '');
      const file = opts.chartFiles?.get(log.caseId);
      if (file) out.push(`![${r('case-file.packet.chart-alt')}](${file})`, '');
    }
  }

  if (cf.letters.length) {
    out.push(`## ${r('case-file.packet.letters')}`, '');
    for (const l of cf.letters) {
      out.push(`### ${r('case-file.packet.letter-heading', { date: l.date, title: l.title })}`, '', markdownText(l.body.trimEnd()), '', '---', '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
