/**
 * `letter --user ID --kind KIND [--child NICKNAME] [--out FILE] [--json] [--db PATH]`: a letter
 * drafted from the parent's notes (and daily log), anything missing marked `[ADD: …]`. Kept in
 * the case notes like a letter drafted in chat, so the evidence packet lists it and "I've sent
 * it" refers to it. `--kind list` names the kinds.
 */
import { bootContent } from '../app.js';
import { letterFromNotes } from '../features/case-file/letter-from-notes.js';
import { isLetterKind, LETTER_KINDS } from '../features/case-file/letter-kinds.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { dbPathFrom, parseOptions, requireString, UsageError, writeOutput, type CliIo } from './io.js';

export async function letterCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' }, kind: { type: 'string' }, child: { type: 'string' }, out: { type: 'string' } });
  const kind = requireString(values.kind, 'kind').trim().toLowerCase();
  const content = bootContent();
  if (kind === 'list') {
    const kinds = LETTER_KINDS.map((k) => ({ kind: k, title: content.letter(k)?.title ?? k, description: content.letter(k)?.description ?? '' }));
    if (values.json) io.stdout.write(`${JSON.stringify(kinds, null, 2)}\n`);
    else io.stdout.write(`${kinds.map((k) => `${k.kind.padEnd(20)} ${k.title}\n${''.padEnd(21)}${k.description}`).join('\n')}\n`);
    return 0;
  }
  if (!isLetterKind(kind)) throw new UsageError(`unknown --kind "${kind}"; one of: ${LETTER_KINDS.join(', ')} (or list)`);
  const user = requireString(values.user, 'user');
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env), groupCommit: false });
  try {
    const cases = store.listCases(user);
    if (cases.length === 0 && store.listNotes(user).length === 0) {
      io.stderr.write(`letter: nothing is known about "${user}" yet (no notes, no children).\n`);
      return 1;
    }
    let caseId: number | undefined;
    if (typeof values.child === 'string' && values.child.trim()) {
      const wanted = values.child.trim().toLowerCase();
      const found = cases.find((c) => c.nickname.trim().toLowerCase() === wanted);
      if (!found) throw new UsageError(`no child called "${values.child}" for this parent; known: ${cases.map((c) => c.nickname).join(', ') || 'none'}`);
      caseId = found.id;
    }
    const now = new Date();
    const letter = letterFromNotes(store, content, { userId: user, kind, now, ...(caseId !== undefined ? { caseId } : {}) });
    store.transaction(() => {
      store.addNote({ userId: user, caseId: letter.caseId, kind: 'draft', topic: `letter.${kind}`, text: letter.body, at: now.toISOString() });
    });
    if (typeof values.out === 'string' && values.out) {
      writeOutput(values.out, letter.body);
      io.stderr.write(`Saved "${letter.title}" to ${values.out}${letter.blanks.length ? ` (${letter.blanks.length} [ADD] blanks to fill)` : ''}.\n`);
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ kind, title: letter.title, child: letter.nickname || null, blanks: letter.blanks, body: letter.body }, null, 2)}\n`);
    } else if (!values.out) io.stdout.write(letter.body);
    return 0;
  } finally {
    store.close();
  }
}
