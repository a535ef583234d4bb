/** Core's delivery policy for an answer only the parent sees in a shared channel (both platforms' ephemeral replies). */
import { describe, expect, it } from 'vitest';
import { sendAnswer } from '../../src/core/ephemeral-answer.js';
import type { FilePost, LayoutRules, Post } from '../../src/core/reply-layout.js';
import type { Reply } from '../../src/core/types.js';

const RULES: LayoutRules = { choices: { buttonLabel: 75, buttonsPerRow: 5 }, question: 'shared' };
const text = (t: string): Reply => ({ type: 'text', key: 'k', text: t });
const doc = (filename: string): Reply => ({ type: 'document', key: 'd', title: filename, filename, mime: 'text/markdown', body: '…' });
const typedQuestion: Reply = { type: 'question', key: 'q', text: 'Which?', promptId: 'q1', choices: [{ id: 'a', label: 'A' }], freeText: true, hint: 'Or type it.' };

/** A platform that refuses the DM for the files named, and records what went where, in order. */
function platform(refused: readonly string[] = []) {
  const calls: string[] = [];
  const shown: Post[] = [];
  return {
    calls,
    shown,
    toDm: async (file: FilePost) => {
      calls.push(`dm ${file.filename}`);
      return !refused.includes(file.filename);
    },
    here: async (posts: Post[]) => {
      calls.push(`here ${posts.length}`);
      shown.push(...posts);
      return posts.length;
    },
  };
}

const ephemeral = (replies: Reply[], p: ReturnType<typeof platform>) => sendAnswer(replies, RULES, p.here, p.toDm);

/** The answer as short words: a message's parts (t text, q question, f a "sent to the DM" line), or a file's name. */
const shape = (posts: Post[]) => posts.map((p) => (p.kind === 'message' ? p.parts.map((x) => x.kind[0]).join('') : p.filename));

describe('an answer only the parent sees in a shared channel', () => {
  it('sends every file to the DM first, and says so in line where each was', async () => {
    const p = platform();
    const sent = await ephemeral([text('Here it is.'), doc('a.md'), doc('b.md')], p);
    expect(p.calls).toEqual(['dm a.md', 'dm b.md', 'here 1']);
    expect(shape(p.shown)).toEqual(['tff']);
    expect(sent).toBe(3);
  });

  it('keeps a file the DM refuses in the answer, and drops only its line', async () => {
    const p = platform(['b.md']);
    await ephemeral([text('Here they are.'), doc('a.md'), doc('b.md')], p);
    // The walkthrough's "seen and left": with one of two refused, the line for the one that reached the DM stays.
    expect(shape(p.shown)).toEqual(['b.md', 'tf']);
  });

  it('with every file refused, no line says one went to the DM, and a message left empty is not sent', async () => {
    const p = platform(['a.md']);
    const sent = await ephemeral([doc('a.md')], p);
    expect(shape(p.shown)).toEqual(['a.md']);
    expect(sent).toBe(1);
  });

  it('still ends the answer when everything went to the DM (a deferred reply waits for it)', async () => {
    const p = platform();
    await ephemeral([doc('a.md')], p);
    expect(p.calls).toEqual(['dm a.md', 'here 1']);
    expect(shape(p.shown)).toEqual(['f']);
    const none = platform();
    await ephemeral([], none);
    expect(none.calls).toEqual(['here 0']);
  });

  it('points a question that takes typed answers to the DM, instead of its hint', async () => {
    const p = platform();
    await ephemeral([typedQuestion], p);
    const part = p.shown[0]?.kind === 'message' ? p.shown[0].parts[0] : undefined;
    expect(part).toMatchObject({ kind: 'question', answerInDm: true });
    expect(part && 'hint' in part).toBe(false);
  });

  it('a DM that fails otherwise fails the send: nothing is said here', async () => {
    const p = platform();
    await expect(sendAnswer([text('x'), doc('a.md')], RULES, p.here, async () => Promise.reject(new Error('network')))).rejects.toThrow('network');
    expect(p.calls).toEqual([]);
  });

  it('without a way to the DM, an answer is laid out as it is: files in sequence, no lines about the DM', async () => {
    const p = platform();
    await sendAnswer([text('Here it is.'), doc('a.md'), typedQuestion], RULES, p.here);
    expect(p.calls).toEqual(['here 3']);
    expect(shape(p.shown)).toEqual(['t', 'a.md', 'q']);
    const part = p.shown[2]?.kind === 'message' ? p.shown[2].parts[0] : undefined;
    expect(part).toMatchObject({ kind: 'question', hint: 'Or type it.' });
  });
});
