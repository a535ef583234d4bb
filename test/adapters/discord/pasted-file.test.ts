/**
 * A long paste in a Discord DM. Discord's client sends text longer than a message allows as a
 * file, `message.txt`, with the message itself empty: the school's email has to be read from
 * that file, or the parent is told "That came through empty" and their email is lost.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import type { Reply } from '../../../src/core/types.js';
import { fakeUser, snowflake, type FakeUser } from './discord-calls.js';
import { startHarness, type Harness } from './discord-harness.js';

// Written for this test: a school's long reply, over Discord's 2,000 characters.
const PARAGRAPH =
  'We have talked again as a team about the request for Kit to begin the day in the library with a member of staff he knows. ' +
  'With the staff we have this term we cannot promise that someone will be free every morning, so we are not able to agree to it at present. ';
// A paste longer than any message the bot reads (over 80 KB): too long, said so, never "a file".
const BIG = 'We have read your email again. '.repeat(3_000);
const EMAIL = `Dear Ms Rowe,\n\n${PARAGRAPH.repeat(9)}\n\nKind regards,\nMr P. Adeyemi\nDeputy Head`;

describe('Discord: a paste that arrived as a text file', () => {
  let h: Harness;
  let files: Server;
  let origin = '';
  let fetched = 0;
  let keys: string[] = [];
  const seen: string[] = [];

  beforeAll(async () => {
    files = createServer((req, res) => {
      fetched += 1;
      if (req.url?.endsWith('/slow/message.txt')) {
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(EMAIL), 400);
        return;
      }
      if (req.url?.endsWith('/big/message.txt')) res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(BIG);
      else if (req.url?.endsWith('/message.txt')) res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(EMAIL);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    const wrapEngine = (engine: Engine): Engine => ({
      ...engine,
      handleTurn: async (t) => {
        seen.push(t.input.kind === 'text' || t.input.kind === 'file' ? (t.input.text ?? '').slice(0, 20) : t.input.kind);
        const replies: Reply[] = await engine.handleTurn(t);
        keys = replies.map((r) => r.key);
        return replies;
      },
    });
    h = await startHarness({ wrapEngine, attachmentOrigins: [origin] });
  });
  afterAll(async () => {
    await h.stop();
    await new Promise<void>((resolve) => files.close(() => resolve()));
  });

  /** A DM whose words came as a file (Discord's `message.txt`), with `content` beside it. */
  function dmWithFile(user: FakeUser, url: string, content = '', filename = 'message.txt', contentType = 'text/plain; charset=utf-8'): string {
    const size = Buffer.byteLength(url.includes('/big/') ? BIG : EMAIL);
    return h.fake.dm(user, content, { attachments: [{ id: snowflake(), filename, size, url, proxy_url: url, content_type: contentType }] });
  }

  it('reads the email from the file: kept in the notes, not "came through empty"', async () => {
    const parent = fakeUser(snowflake());
    const id = dmWithFile(parent, `${origin}/attachments/1/2/message.txt`);
    await h.logger.delivered(id);
    expect(keys).toContain('triage.nickname.kept-statement');
    expect(keys).not.toContain('input.empty');
  });

  it('never fetches a file from anywhere but Discord (or the origins it was given)', async () => {
    const before = fetched;
    const parent = fakeUser(snowflake());
    const id = dmWithFile(parent, `http://127.0.0.2:1/attachments/1/2/message.txt`);
    await h.logger.delivered(id);
    expect(fetched).toBe(before);
    // Not read, so a file the bot cannot open (C-L2), never "came through empty".
    expect(keys).toContain('input.file');
  });

  // The tenth walk's C-L2: a photo of the school's letter, alone, got "That came through empty".
  it('a photo sent alone: the bot says it cannot open files, and nothing is fetched', async () => {
    const before = fetched;
    const parent = fakeUser(snowflake());
    const id = dmWithFile(parent, `${origin}/attachments/1/2/letter.jpg`, '', 'letter.jpg', 'image/jpeg');
    await h.logger.delivered(id);
    expect(fetched).toBe(before);
    expect(keys).toContain('input.file');
    expect(keys).not.toContain('input.empty');
  });

  // The review (finding 9): a paste over 80 KB was answered "I can't open pictures or files".
  it('a paste too long to read is said to be too long, not a file that cannot be opened', async () => {
    const parent = fakeUser(snowflake());
    const id = dmWithFile(parent, `${origin}/attachments/1/big/message.txt`);
    await h.logger.delivered(id);
    expect(keys).toContain('input.too_long');
    expect(keys).not.toContain('input.file');
  });

  // The review (finding 8): the file was read before the turn went in, so a line typed just after a
  // long paste could overtake it.
  it('a line typed just after a slow paste comes after it', async () => {
    const parent = fakeUser(snowflake());
    const before = seen.length;
    dmWithFile(parent, `${origin}/attachments/1/slow/message.txt`);
    const typed = h.fake.dm(parent, 'Kit');
    await h.logger.delivered(typed);
    expect(seen.slice(before)).toEqual([EMAIL.slice(0, 20), 'Kit']);
  });

  // Review7 (finding 6): a slash command sent while a paste's file was read went in before it.
  it('a command sent just after a slow paste comes after it', async () => {
    const parent = fakeUser(snowflake());
    const before = seen.length;
    dmWithFile(parent, `${origin}/attachments/2/slow/message.txt`);
    const cmd = h.fake.slash(parent, 'notes', { where: 'dm' });
    await h.logger.delivered(cmd.id);
    expect(seen.slice(before)).toEqual([EMAIL.slice(0, 20), 'command']);
  });
});

