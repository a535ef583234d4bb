/** Builders for the case-file tests: a real app (no throttle, fixed classifier and clock), a PDF text reader, a CLI runner. */
import { afterEach } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, type App } from '../../../src/app.js';
import type { Sealer } from '../../../src/core/ports.js';
import type { Reply, TurnInput } from '../../../src/core/types.js';
import { FixedClock, fixedClassifier, tempDir } from '../../support/builders.js';
import { answerBeforeLetter } from '../../support/letter-questions.js';

export interface CaseApp extends App {
  clock: FixedClock;
  dbPath: string;
  dir: string;
  send(input: TurnInput | string, opts?: { user?: string }): Promise<Reply[]>;
  cleanup(): void;
}

/** Wednesday 25 Nov 2026, 10:00 UTC. */
export const WEDNESDAY = new Date('2026-11-25T10:00:00Z');
/** The name the parents in these tests sign their letters with. */
export const SIGNS_AS = 'Alex Morgan';

export function makeCaseApp(opts: { dir?: string; sealer?: Sealer; clock?: FixedClock } = {}): CaseApp {
  const tmp = opts.dir ? null : tempDir('nextstep-case-');
  const dir = opts.dir ?? (tmp as { dir: string }).dir;
  const dbPath = join(dir, 'nextstep.db');
  const clock = opts.clock ?? new FixedClock(new Date(WEDNESDAY));
  const app = createApp({ dbPath, clock, classifier: fixedClassifier('data'), throttle: false, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
  return {
    ...app,
    clock,
    dbPath,
    dir,
    send(input, o = {}) {
      const turnInput: TurnInput = typeof input === 'string' ? { kind: 'text', text: input } : input;
      const user = o.user ?? 'parent-a';
      const turn = (t: TurnInput) => app.engine.handleTurn({ id: randomUUID(), channel: 'console', user, where: 'dm', input: t, receivedAt: clock.now() });
      // Asked once before a parent's first letter, the child's school name and the name they sign
      // with are answered here: these tests are about the case file, not those questions (the
      // advice tests ask them).
      return turn(turnInput).then((replies) => answerBeforeLetter(turn, replies, { signOff: SIGNS_AS }));
    },
    cleanup() {
      app.close();
      tmp?.cleanup();
    },
  };
}

export const cmd = (name: string, args = ''): TurnInput => ({ kind: 'command', name, args });
export const pick = (id: string): TurnInput => ({ kind: 'choice', id });
export const keysOf = (replies: Reply[]): string[] => replies.map((r) => r.key);

export function documents(replies: Reply[]) {
  return replies.flatMap((r) => (r.type === 'document' ? [r] : []));
}
export function question(replies: Reply[]) {
  const q = [...replies].reverse().find((r) => r.type === 'question');
  if (!q || q.type !== 'question') throw new Error(`no question in: ${keysOf(replies).join(', ')}`);
  return q;
}

/** Walks triage for one child with one "no", so the notes hold a request, a statement, who and when. */
export async function tellTriage(app: CaseApp, o: { user?: string; nickname: string; request: string; statement: string; who: string }): Promise<void> {
  const u = { user: o.user ?? 'parent-a' };
  await app.send(cmd('resume'), u);
  await app.send(pick('new-no'), u);
  const r = await app.send(o.nickname, u);
  // A returning parent is asked which child first.
  if (question(r).key === 'triage.ask-which-child') await app.send(o.nickname, u);
  await app.send(o.request, u);
  await app.send(o.statement, u);
  await app.send(o.who, u);
  await app.send(pick('today'), u);
  let next = await app.send(pick('yes'), u);
  // The case profile (asked once per case) and the situation behind the "no": plain answers.
  for (let i = 0; i < 6; i++) {
    const answer = PROFILE_ANSWERS[question(next).key];
    if (!answer) break;
    next = await app.send(pick(answer), u);
  }
}

/** Plain answers to the profile and situation questions, so tests reach the kind of "no". */
/** A parent with these children, each told through triage ("we need more evidence…", a later start), back at the menu. */
export async function withChildren(a: CaseApp, names: readonly string[]): Promise<CaseApp> {
  for (const nickname of names) {
    await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
    await a.send(cmd('restart'));
  }
  return a;
}

/**
 * A letter drafted and sent for one child: told through triage ("we need more evidence" by
 * default), the letter's four questions left blank, "I've sent it".
 */
export async function sendLetterFor(a: CaseApp, nickname: string, request = 'A later start at 10', statement = `We need more evidence before we change anything for ${nickname}.`): Promise<void> {
  await tellTriage(a, { nickname, request, statement, who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
}

export const PROFILE_ANSWERS: Record<string, string> = {
  'profile.ask-place': 'england',
  'profile.ask-plan': 'none',
  'profile.ask-age': 'skip',
  'profile.ask-pronouns': 'they',
  'situation.ask': 'none',
};

export { cli } from '../../support/cli.js';

/** Every file under a directory, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Files under `dir` whose bytes contain `phrase` (UTF-8). */
/** One of the parent's notes as stored (sealed with their own key): what a file still holding their words contains. */
export function storedNote(db: { prepare(sql: string): { get(...args: unknown[]): unknown } }, user: string): string {
  const row = db.prepare('SELECT body FROM notes WHERE user_id = ? ORDER BY id LIMIT 1').get(user) as { body: string } | undefined;
  if (!row) throw new Error(`no note of ${user}`);
  return row.body;
}

export function filesContaining(dir: string, phrase: string): string[] {
  const needle = Buffer.from(phrase, 'utf8');
  return filesUnder(dir).filter((f) => readFileSync(f).includes(needle));
}

/**
 * The text of an uncompressed pdfkit PDF: each text run's glyph ids are mapped back to
 * characters through its font's own ToUnicode CMap (pdfkit embeds fonts as Identity-H, so the
 * page content holds glyph ids, not letters). Runs are joined with spaces.
 */
export function pdfText(pdf: Uint8Array): string {
  return pdfPageTexts(pdf).join(' ').replace(/\s+/g, ' ');
}

/** Each page's text, in page order (pdfkit writes one content stream per page, in order). */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const s = Buffer.from(pdf).toString('latin1');
  const objects = new Map<string, string>();
  for (const m of s.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1] as string, m[2] as string);
  const cmapOf = (id: string): Map<number, string> => {
    const map = new Map<number, string>();
    const body = objects.get(id) ?? '';
    const hex = (h: string) => parseInt(h, 16);
    // A destination may be several UTF-16 units, written with spaces (a ligature: <0066 0069> is "fi").
    const chars = (h: string) => String.fromCodePoint(...(h.replace(/\s+/g, '').match(/.{4}/g) ?? []).map(hex));
    for (const block of body.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const line of (block[1] as string).split('\n')) {
        const arr = /^\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[(.*)\]\s*$/i.exec(line);
        if (arr) {
          const start = hex(arr[1] as string);
          [...(arr[3] as string).matchAll(/<([0-9a-f\s]+)>/gi)].forEach((d, i) => map.set(start + i, chars(d[1] as string)));
          continue;
        }
        const range = /^\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f\s]+)>\s*$/i.exec(line);
        if (range) {
          const [a, b, dst] = [hex(range[1] as string), hex(range[2] as string), hex((range[3] as string).replace(/\s+/g, ''))];
          for (let c = a; c <= b; c++) map.set(c, String.fromCodePoint(dst + c - a));
        }
      }
    }
    for (const block of body.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of (block[1] as string).matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) map.set(hex(m[1] as string), chars(m[2] as string));
    }
    return map;
  };
  // Font resource names (F1, F2…) → their ToUnicode maps.
  const fonts = new Map<string, Map<number, string>>();
  for (const dict of s.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
    for (const f of (dict[1] as string).matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const tu = /\/ToUnicode (\d+) 0 R/.exec(objects.get(f[2] as string) ?? '');
      if (tu) fonts.set(f[1] as string, cmapOf(tu[1] as string));
    }
  }
  const pages: string[] = [];
  for (const body of objects.values()) {
    const stream = /stream\r?\n([\s\S]*?)endstream/.exec(body)?.[1];
    if (!stream || !stream.includes('BT')) continue;
    const runs: string[] = [];
    let font = new Map<number, string>();
    for (const op of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[-\d.\s])*)\] TJ|<([0-9a-f]*)> Tj/gi)) {
      if (op[1]) font = fonts.get(op[1]) ?? new Map();
      const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1] as string) : op[3] !== undefined ? [op[3]] : [];
      if (hexes.length) runs.push(hexes.map((h) => (h.match(/.{4}/g) ?? []).map((g) => font.get(parseInt(g, 16)) ?? '\uFFFD').join('')).join(''));
    }
    pages.push(runs.join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** A fresh case app per call, all cleaned up after each test. */
export function appsPerTest(): (opts?: Parameters<typeof makeCaseApp>[0]) => CaseApp {
  let apps: CaseApp[] = [];
  afterEach(() => {
    for (const a of apps) a.cleanup();
    apps = [];
  });
  return (opts) => {
    const a = makeCaseApp(opts);
    apps.push(a);
    return a;
  };
}
