/**
 * Erasing one child removed the bot's saved files of every child (leaving16's "Not done": the
 * files did not say which child they were about). A file the console saves for one child (a
 * chart, a letter) now goes in that child's own folder under the parent's; erasing a child
 * removes that folder and the files tied to no child (older files, and those about the whole
 * family, which may hold the erased child's words), never another child's folder, and never the
 * parent's own exports.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userFilesDir } from '../../../src/core/user-files.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { consoleTurns } from './console-turns.js';
import { filesUnder, tellTriage, type CaseApp } from '../../features/case-file/support.js';

const app = caseAppsAfterEach();

async function twoChildrenWithLogs(): Promise<CaseApp> {
  const a = app();
  for (const [nickname, date] of [['Rosie', '2026-11-23'], ['Alfie', '2026-11-24']] as const) {
    await tellTriage(a, { nickname, request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
    await a.send({ kind: 'command', name: 'restart', args: '' });
    const id = a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id as number;
    a.store.logs.putEntry('parent-a', { caseId: id, date, attendance: 'partial', hours: 2 }, `${date}T18:00:00Z`);
  }
  return a;
}

const saved = (out: string): string[] => [...out.matchAll(/\(saved to (.+?)\)/g)].map((m) => m[1] as string);

describe("erasing one child leaves the other children's files", () => {
  it("Rosie's chart stays, Alfie's goes, the parent's export stays", async () => {
    const a = await twoChildrenWithLogs();
    const charts = await consoleTurns(a, ['chart Rosie', 'chart Alfie', '/export json']);
    const [rosieChart, alfieChart, ...exported] = saved(charts);
    expect(rosieChart).toMatch(/attendance-2026-11-23/);
    expect(alfieChart).toMatch(/attendance-2026-11-24/);
    expect(exported.length).toBeGreaterThan(0);
    for (const f of [rosieChart, alfieChart, ...exported]) expect(existsSync(f as string), f).toBe(true);

    const out = await consoleTurns(a, ['forget Alfie', '1']);
    // The done key's words with Alfie and Rosie as its vars (review20 R8: keys and vars, not a wording).
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(out)).toContain(flat(a.content.render('case-file.forget-child.done', { child: 'Alfie', others: 'Rosie' })));
    expect(existsSync(rosieChart as string)).toBe(true);
    expect(existsSync(alfieChart as string)).toBe(false);
    for (const f of exported) expect(existsSync(f), f).toBe(true);
  });

  it('a file tied to no child (saved by an earlier release, or about the whole family) goes with any child', async () => {
    const a = await twoChildrenWithLogs();
    await consoleTurns(a, ['chart Rosie']);
    const bot = userFilesDir(join(a.dir, 'files'), 'parent-a');
    mkdirSync(bot, { recursive: true });
    writeFileSync(join(bot, 'need-request-2026-11-20.md'), 'Dear Mr Hill, about Alfie');
    const alfie = a.store.listCases('parent-a').find((c) => c.nickname === 'Alfie')?.id as number;
    const report = await a.store.requests.eraseChild('parent-a', alfie);
    expect(report.filesRemoved).toBe(true);
    expect(existsSync(join(bot, 'need-request-2026-11-20.md'))).toBe(false);
    expect(filesUnder(bot).map((f) => f.slice(bot.length))).toEqual([expect.stringMatching(/attendance-2026-11-23/)]);
    expect(readdirSync(bot)).toHaveLength(1);
  });
});
