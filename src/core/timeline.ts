/** A parent's notes as a readable, dated timeline (chat, CLI and exports share it). */
import type { ContentCatalog } from '../content/catalog.js';
import type { NoteRow } from './ports.js';

export function noteLine(content: ContentCatalog, n: NoteRow, maxText = 240): string {
  const text = n.text.replace(/\s+/g, ' ').trim();
  return content.render('notes.line', {
    date: (n.saidOn && /^\d{4}-\d{2}-\d{2}$/.test(n.saidOn) ? n.saidOn : n.at.slice(0, 10)),
    kind: content.render(`notes.kind.${n.kind}`),
    category: n.category ? ` (${content.render(`category.${n.category}.label`)})` : '',
    who: n.who ? ` · ${n.who}` : '',
    text: text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text,
  });
}

export function formatTimeline(content: ContentCatalog, notes: NoteRow[], maxText = 240): string {
  const byChild = new Map<string, NoteRow[]>();
  for (const n of notes) {
    const k = n.nickname ?? '';
    byChild.set(k, [...(byChild.get(k) ?? []), n]);
  }
  const parts: string[] = [];
  for (const [nickname, rows] of byChild) {
    parts.push(nickname ? content.render('notes.header', { nickname }) : content.render('notes.header-general'));
    for (const n of rows) parts.push(noteLine(content, n, maxText));
  }
  return parts.join('\n');
}
