/**
 * `export --user ID --format pdf|md|csv|json --out DIR [--db PATH] [--json]`: the parent's case
 * file written into DIR. pdf: the printable evidence packet; md: the same as Markdown with each
 * attendance chart as a PNG beside it; csv: the notes, and the daily log when there is one;
 * json: everything the bot holds about the parent, unsealed.
 */
import { join, resolve } from 'node:path';
import { bootContent } from '../app.js';
import { EXPORT_FORMATS, exportCaseFile, isExportFormat } from '../features/case-file/export.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { dbPathFrom, parseOptions, requireString, UsageError, writeOutput, type CliIo } from './io.js';

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const user = requireString(values.user, 'user');
  const format = (typeof values.format === 'string' ? values.format : 'pdf').trim().toLowerCase();
  if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const out = requireString(values.out, 'out');
  const content = bootContent();
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env), groupCommit: false });
  try {
    if (store.db.prepare('SELECT 1 FROM users WHERE id = ?').get(user) === undefined) {
      io.stderr.write(`export: nothing is known about "${user}".\n`);
      return 1;
    }
    const files = exportCaseFile(store, content, user, new Date(), format, { chartFiles: true });
    if (!files) {
      io.stderr.write(`export: "${user}" has no notes, requests or daily log to export yet.\n`);
      return 1;
    }
    const written = files.map((f) => {
      const path = join(out, f.filename);
      writeOutput(path, f.data);
      return resolve(path);
    });
    if (values.json) io.stdout.write(`${JSON.stringify({ format, files: written })}\n`);
    else io.stdout.write(`${written.join('\n')}\n`);
    return 0;
  } finally {
    store.close();
  }
}
