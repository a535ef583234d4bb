/** Core's rule for words a parent sent as a file (a chat client's long paste), whatever the platform. */
import { describe, expect, it } from 'vitest';
import { PASTE_MAX_BYTES, pastedFile, sentWords, type AttachedFile } from '../../src/core/pasted-words.js';
import { MAX_TEXT_CHARS } from '../../src/core/types.js';

const HOST = 'https://files.example';
const paste: AttachedFile = { name: 'message.txt', contentType: 'text/plain; charset=utf-8', size: 4000, url: `${HOST}/a/message.txt` };
const photo: AttachedFile = { name: 'letter.jpg', contentType: 'image/jpeg', size: 90_000, url: `${HOST}/a/letter.jpg` };

/** A reader that records what it was asked for and answers `text` (or throws it). */
function reader(text: string | null | Error) {
  const asked: string[] = [];
  const read = async (f: AttachedFile) => {
    asked.push(f.name);
    if (text instanceof Error) throw text;
    return text;
  };
  return { asked, read };
}

describe('pastedFile', () => {
  it('is the first plain-text file (by type, else by name), within the size, from an allowed host only', () => {
    expect(pastedFile([photo, paste], [HOST])).toBe(paste);
    expect(pastedFile([{ ...paste, contentType: null }], [HOST])?.name).toBe('message.txt');
    expect(pastedFile([photo], [HOST])).toBeNull();
    expect(pastedFile([{ ...paste, size: PASTE_MAX_BYTES + 1 }], [HOST])).toBeNull();
    expect(pastedFile([{ ...paste, url: 'https://elsewhere.example/message.txt' }], [HOST])).toBeNull();
    expect(pastedFile([{ ...paste, url: 'not a url' }], [HOST])).toBeNull();
  });

  it('reads well past the longest message, so a paste too long is refused as too long, not as a file', () => {
    expect(PASTE_MAX_BYTES).toBeGreaterThan(MAX_TEXT_CHARS * 4);
  });
});

describe('sentWords', () => {
  it('in a DM: the words typed, then the pasted file’s', async () => {
    const r = reader('Dear parent, we cannot…');
    expect(await sentWords({ content: ' Here it is ', files: [paste], private: true }, [HOST], r.read, () => {})).toEqual({ content: 'Here it is\n\nDear parent, we cannot…' });
  });

  it('any other file marks the message as carrying one the bot cannot open', async () => {
    const r = reader('x');
    expect(await sentWords({ content: 'this is what they sent', files: [photo], private: true }, [HOST], r.read, () => {})).toEqual({ content: 'this is what they sent', file: true });
    expect(r.asked).toEqual([]);
  });

  it('never reads a file in a shared channel (or a bot’s): the words alone', async () => {
    const r = reader('x');
    expect(await sentWords({ content: 'hi', files: [paste, photo], private: false }, [HOST], r.read, () => {})).toEqual({ content: 'hi' });
    expect(r.asked).toEqual([]);
  });

  it('a file that cannot be read leaves the words typed; a failure is reported, never thrown', async () => {
    expect(await sentWords({ content: 'hi', files: [paste], private: true }, [HOST], reader(null).read, () => {})).toEqual({ content: 'hi' });
    const failures: unknown[] = [];
    const failed = await sentWords({ content: 'hi', files: [paste], private: true }, [HOST], reader(new Error('timeout')).read, (err) => failures.push(err));
    expect(failed).toEqual({ content: 'hi' });
    expect(failures).toHaveLength(1);
  });

  it('no files: the words as they came', async () => {
    expect(await sentWords({ content: 'hello', files: [], private: true }, [HOST], reader('x').read, () => {})).toEqual({ content: 'hello' });
  });
});
