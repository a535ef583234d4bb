/**
 * The twelfth walk (W12-9): a family of two children got one packet holding both, offered "ready
 * to attach to an email": one school would get the sibling's school's words and needs. The
 * packet (PDF, Markdown) is one child's when there are several: chat asks which child (the
 * which-child buttons); the CLI takes --child, and without it writes one file per child, named
 * by child. The JSON export (everything held) stays whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli, cmd, documents, makeCaseApp, pick, question, sendLetterFor, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();

const sendFor = (a: CaseApp, nickname: string, request: string) => sendLetterFor(a, nickname, request, `We cannot change the timetable for ${nickname} this term.`);

async function twoChildren(): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.cleanup());
  await sendFor(a, 'Rosie', 'A later start at ten');
  await sendFor(a, 'Alfie', 'The library at lunchtime');
  await a.send(cmd('restart'));
  return a;
}

const textOf = (d: { body: string }) => d.body;

describe('the packet in a family of two children', () => {
  it('chat: export asks which child, and the packet holds that child only', async () => {
    const a = await twoChildren();
    let r = await a.send(cmd('export', 'md'));
    const q = question(r);
    expect(q.key).toBe('which-child.ask');
    expect(q.choices.map((c) => c.label)).toEqual(['Rosie', 'Alfie']);
    r = await a.send(pick(q.choices[0]?.id ?? ''));
    const [doc] = documents(r);
    expect(doc?.filename).toMatch(/rosie/);
    const md = textOf(doc as { body: string });
    expect(md).toContain('A later start at ten');
    expect(md).not.toContain('Alfie');
    expect(md).not.toContain('library at lunchtime');
  });

  it('chat: the JSON export stays whole, unasked', async () => {
    const a = await twoChildren();
    const [doc] = documents(await a.send(cmd('export', 'json')));
    expect(doc?.body).toContain('Alfie');
    expect(doc?.body).toContain('Rosie');
  });

  it('CLI: one packet per child named by child, or --child for one', async () => {
    const a = await twoChildren();
    a.close();
    const out = join(a.dir, 'out');
    let r = await cli(['export', '--user', 'parent-a', '--format', 'md', '--out', out, '--db', a.dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const paths = r.stdout.trim().split('\n');
    const rosie = paths.find((p) => /rosie/.test(p)) ?? '';
    const alfie = paths.find((p) => /alfie/.test(p)) ?? '';
    expect(readFileSync(rosie, 'utf8')).not.toContain('library at lunchtime');
    expect(readFileSync(alfie, 'utf8')).not.toContain('later start at ten');
    r = await cli(['export', '--user', 'parent-a', '--format', 'pdf', '--child', 'alfie', '--out', join(a.dir, 'one'), '--db', a.dbPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/alfie/);
    expect((await cli(['export', '--user', 'parent-a', '--child', 'Nobody', '--out', join(a.dir, 'two'), '--db', a.dbPath])).code).toBe(1);
    expect((await cli(['export', '--help'])).stdout).toContain('--child');
  });
});
