/**
 * Prints the twelve situations (test/features/advice/twelve/situations.ts) as a parent would
 * see them: each conversation through the real engine, the question each message answered, the
 * letter it ended with, and the same case's letters from the command line (`letter --kind …`).
 *
 *   npx tsx scripts/twelve-situations.ts [id …]
 */
import { letterFromNotes } from '../src/features/case-file/letter-from-notes.js';
import { LETTER_KINDS } from '../src/features/case-file/letter-kinds.js';
import { printTranscript, runSituation } from '../test/features/advice/twelve/run-situation.js';
import { SITUATIONS } from '../test/features/advice/twelve/situations.js';

const wanted = process.argv.slice(2);
const cliKinds = process.env.TWELVE_CLI_KINDS?.split(',').filter(Boolean) ?? [];
for (const s of SITUATIONS.filter((x) => wanted.length === 0 || wanted.includes(x.id))) {
  const t = await runSituation(s);
  try {
    console.log(printTranscript(t));
    for (const kind of LETTER_KINDS.filter((k) => cliKinds.includes(k))) {
      const letter = letterFromNotes(t.app.store, t.app.content, { userId: 'parent', kind, now: new Date('2026-11-24T10:00:00Z') });
      console.log(`----- letter --kind ${kind}\n${letter.body}`);
    }
  } finally {
    t.cleanup();
  }
}
