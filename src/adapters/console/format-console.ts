/**
 * Lays the console's replies out for a terminal: words wrapped to its width (never split in the
 * middle unless a single word is wider than the line), every line after the first indented under
 * the "next step ›" label, and a numbered option's continuation lines hanging under its text.
 * Without a known width (output piped to a file or another program) lines are left whole.
 *
 * wrap-ansi (and its Unicode width tables) is loaded only for a terminal: `loadWrapping()`
 * before the first reply. Until it is loaded, lines are left whole, as for piped output.
 */
type WrapAnsi = typeof import('wrap-ansi').default;
let wrapAnsi: WrapAnsi | null = null;

export async function loadWrapping(): Promise<void> {
  wrapAnsi ??= (await import('wrap-ansi')).default;
}

export const LABEL = 'next step › ';
const INDENT = ' '.repeat(LABEL.length);
/** Narrower than this, wrapping would do more harm than good: leave lines whole. */
const MIN_WIDTH = 30;

/** Leading spaces, plus a list marker ("1. ", "- ") whose continuation lines should hang under its text. */
const HANG = /^(\s*)((?:\d+\.|[-•*])\s+)?/;

function wrapLine(line: string, width: number): string[] {
  const m = HANG.exec(line) as RegExpExecArray;
  const hang = (m[1] ?? '').length + (m[2] ?? '').length;
  const room = width - hang;
  if (room < MIN_WIDTH / 2 || line.length <= width || !wrapAnsi) return [line];
  const [first = '', ...rest] = wrapAnsi(line.slice(hang), room, { hard: true, trim: true }).split('\n');
  return [line.slice(0, hang) + first, ...rest.map((r) => ' '.repeat(hang) + r)];
}

/** `text` as printed after the label (or, `continued`, under it); `columns` is the terminal's width, when known. */
export function formatReply(text: string, columns?: number, continued = false): string {
  const width = columns === undefined ? undefined : columns - INDENT.length - 1;
  const lines = text.split('\n');
  const laid = width === undefined || width < MIN_WIDTH ? lines : lines.flatMap((l) => wrapLine(l, width));
  // Blank lines stay empty (no trailing spaces). The rest of a reply (after a file's line) has no label.
  return (continued ? INDENT : LABEL) + laid.map((l, i) => (i === 0 || l === '' ? l : INDENT + l)).join('\n');
}

/** A note printed under a reply (e.g. where a file was saved), aligned with it. */
export function formatAside(text: string): string {
  return `${INDENT}${text}`;
}
