/** Replies → plain terminal text. Choices become numbered options, answerable by number or label (a 0-10 scale is shown as its numbers). */
import type { Reply } from '../../core/types.js';

export interface ConsoleRendered {
  text: string;
  /** The text up to and including the last part that made a file, and the rest: a file is named right under its part. */
  head: string;
  tail: string;
  /** Files the console should write (documents, charts), relative names. */
  files: ConsoleFile[];
}

export interface ConsoleFile {
  filename: string;
  data: string | Uint8Array;
  /** Printed only if the file cannot be saved (a data file is not printed otherwise). */
  printIfNotSaved?: string;
  /** A copy the parent asked for (an export, its charts): theirs to keep, so `forget` leaves it (kept-copies.ts). */
  keep?: boolean;
  /** The child's case the file is about: saved in that child's folder, so erasing the child removes it (and no other child's). */
  caseId?: number;
}

/** What an export sends: the packet, the notes and log, and the charts that go with the packet. */
const isExport = (key: string): boolean => key.startsWith('case-file.export.') || key === 'case-file.packet.chart-alt';

const RULE = '─'.repeat(60);
/** Files to keep or open elsewhere, not to read in a terminal (a whole export, a PDF in base64 among it). */
const DATA_FILES = new Set(['application/json', 'text/csv']);

const framed = (title: string, body: string): string => `${RULE}\n${title}\n${RULE}\n${body.trimEnd()}\n${RULE}`;

const keepIf = (key: string): { keep?: true } => (isExport(key) ? { keep: true } : {});
const childOf = (r: { caseId?: number }): { caseId?: number } => (r.caseId === undefined ? {} : { caseId: r.caseId });

export function renderForConsole(replies: Reply[]): ConsoleRendered {
  const out: string[] = [];
  const files: ConsoleRendered['files'] = [];
  let lastFilePart = -1;
  for (const r of replies) {
    const filesBefore = files.length;
    switch (r.type) {
      case 'text':
      case 'move_private':
        out.push(r.text);
        break;
      case 'question': {
        // A scale whose buttons are numbers (0-10) is shown as it is: numbering its options
        // would put "6." in front of "5", and a typed number means the score, not the position.
        const scale = r.choices.length > 0 && r.choices.every((c) => /^\d+$/.test(c.label.trim()));
        const lines = scale ? [r.text, `  ${r.choices.map((c) => c.label.trim()).join('  ')}`] : [r.text, ...r.choices.map((c, i) => `  ${i + 1}. ${c.label}`)];
        if (r.hint) lines.push(`  ${r.hint}`);
        out.push(lines.join('\n'));
        break;
      }
      case 'document':
        if (r.data) {
          // A binary document (the PDF packet): saved, not printed.
          out.push(`[${r.title}: ${r.filename}]`);
          files.push({ filename: r.filename, data: r.data, ...keepIf(r.key), ...childOf(r) });
          break;
        }
        if (DATA_FILES.has(r.mime)) {
          // Data (a JSON or CSV export): saved, and printed only if it cannot be.
          out.push(`[${r.title}: ${r.filename}]`);
          files.push({ filename: r.filename, data: r.body, printIfNotSaved: framed(r.title, r.body), ...keepIf(r.key), ...childOf(r) });
          break;
        }
        out.push(framed(r.title, r.body));
        files.push({ filename: r.filename, data: r.body, ...keepIf(r.key), ...childOf(r) });
        break;
      case 'image':
        files.push({ filename: r.filename, data: r.data, ...keepIf(r.key), ...childOf(r) });
        out.push(`[${r.alt}]`);
        break;
    }
    if (files.length > filesBefore) lastFilePart = out.length - 1;
  }
  return { text: out.join('\n\n'), head: out.slice(0, lastFilePart + 1 || out.length).join('\n\n'), tail: lastFilePart >= 0 ? out.slice(lastFilePart + 1).join('\n\n') : '', files };
}
