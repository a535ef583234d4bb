/**
 * The fifteenth walk (W15-4): "If you'd like a copy first, choose "No" and type export", then
 * "forget me" erased that copy with everything else (the console saved exports in the parent's
 * files folder, which forget removes). A copy the parent asked for is theirs: the console keeps
 * it in a folder of its own (`<data dir>/exports/…`), says so where it saves it, says where it
 * is before and after erasing, and forget leaves it. The bot's own store and files still go.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleDeliver } from '../../../src/adapters/console/console-deliver.js';
import { textReply } from '../../../src/core/render.js';
import { userFilesDir } from '../../../src/core/user-files.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { shippedContent } from '../../../src/content/catalog.js';
import { consoleTurns } from './console-turns.js';
import { filesContaining, filesUnder, tellTriage } from '../../features/case-file/support.js';

const app = caseAppsAfterEach();
const PHRASE = 'Zephyrine cloakroom quietly';

describe('the console: a copy the parent exported survives forget', () => {
  it('export, then forget me: the copy stays where the console said, and nothing of the bot is left', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Bo', request: `${PHRASE} a quiet room at lunch`, statement: `We cannot offer ${PHRASE} without more evidence.`, who: 'Mr Lowe' });
    const exported = await consoleTurns(a, ['/export md']);
    const copies = userFilesDir(join(a.dir, 'exports'), 'parent-a');
    const copy = filesUnder(copies).find((f) => f.endsWith('.md'));
    expect(copy).toBeDefined();
    expect(exported).toContain(`(saved to ${copy as string}`);
    expect(exported.replace(/\s+/g, ' ')).toContain(shippedContent().render('console.copies.kept').replace(/\s+/g, ' '));
    const botFiles = userFilesDir(join(a.dir, 'files'), 'parent-a');
    // A letter the console saved: the bot's own file, erased with the rest.
    mkdirSync(botFiles, { recursive: true });
    writeFileSync(join(botFiles, 'need-request-2026-11-25.md'), `Dear Mr Lowe, ${PHRASE}`);

    const out = await consoleTurns(a, ['forget me', '1']);
    // Told before erasing, and after, where the copy is.
    const asked = out.indexOf('Erase everything?');
    expect(asked).toBeGreaterThan(0);
    expect(out.indexOf(copies)).toBeGreaterThan(asked);
    expect(out).toContain('Everything I held about you has been erased');
    expect(out.lastIndexOf(copies)).toBeGreaterThan(out.indexOf('Everything I held about you has been erased'));
    // The copy is whole; the bot's store and its own files hold nothing.
    expect(readFileSync(copy as string, 'utf8')).toContain(PHRASE);
    expect(existsSync(botFiles)).toBe(false);
    a.close();
    expect(filesContaining(a.dir, PHRASE).filter((f) => !f.startsWith(copies))).toEqual([]);
  });

  it('with nothing exported, forget says nothing of copies', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Bo', request: 'a quiet room at lunch', statement: 'We cannot offer that without more evidence.', who: 'Mr Lowe' });
    const out = await consoleTurns(a, ['forget me', '1']);
    expect(out).toContain('Everything I held about you has been erased');
    expect(out).not.toContain(join(a.dir, 'exports'));
  });
});

describe("the engine: forget erases the bot's files, never the parent's copies", () => {
  it("the store's erase removes files/<parent>, and leaves exports/<parent>", async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Bo', request: 'a quiet room at lunch', statement: 'We cannot offer that without more evidence.', who: 'Mr Lowe' });
    const botFiles = userFilesDir(join(a.dir, 'files'), 'parent-a');
    const copies = userFilesDir(join(a.dir, 'exports'), 'parent-a');
    for (const dir of [botFiles, copies]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'case-file-2026-11-25.md'), PHRASE);
    }
    const report = await a.store.requests.erase('parent-a');
    expect(report.filesRemoved).toBe(true);
    expect(existsSync(botFiles)).toBe(false);
    expect(readFileSync(join(copies, 'case-file-2026-11-25.md'), 'utf8')).toBe(PHRASE);
  });
});

describe('the console: an erase that finishes later still says where the copies are', () => {
  it.each(['case-file.forget.finished', 'case-file.forget-child.finished'])('the %s notice is followed by the copies folder', async (key) => {
    const a = app();
    const copies = userFilesDir(join(a.dir, 'exports'), 'parent-a');
    mkdirSync(copies, { recursive: true });
    writeFileSync(join(copies, 'case-file-2026-11-25.md'), PHRASE);
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const deliver = consoleDeliver({ user: 'parent-a', output, filesDir: join(a.dir, 'files'), copiesDir: join(a.dir, 'exports'), content: a.content });
    expect(await deliver('parent-a', [textReply(a.content, key, { child: 'Bo' })])).toBe(true);
    expect(text).toContain(a.content.render(key, { child: 'Bo' }).split('\n')[0] as string);
    expect(text.indexOf(copies)).toBeGreaterThan(0);
  });
});
