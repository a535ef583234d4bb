import { describe, expect, it } from 'vitest';
import { choiceLabel, clip, clipAtWord, cutAt, fitsAsButtons, publicReplies, rowsOf, splitWithin } from '../../src/core/fit-text.js';
import type { Reply } from '../../src/core/types.js';

describe('clip', () => {
  it('keeps what fits and ends what does not in an ellipsis, within the limit', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdefghij', 10)).toBe('abcdefghij');
    expect(clip('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(clip('abcd efghijk', 6)).toBe('abcd…');
  });
  it('never cuts an emoji in half', () => {
    const c = clip('ab😀cd', 4);
    expect(c).toBe('ab…');
    expect(c.length).toBeLessThanOrEqual(4);
  });
});

describe('clipAtWord', () => {
  it('cuts between words, without a trailing comma, within the limit', () => {
    expect(clipAtWord('short', 10)).toBe('short');
    expect(clipAtWord('For example, a later start', 14)).toBe('For example…');
    expect(clipAtWord('For example, a later start', 16)).toBe('For example, a…');
    expect(clipAtWord('For example, a later start', 16).length).toBeLessThanOrEqual(16);
  });
  it('falls back to a plain clip when no word ends in the last half', () => {
    expect(clipAtWord('a verylongwordwithoutspaces', 12)).toBe(clip('a verylongwordwithoutspaces', 12));
  });
});

describe('cutAt', () => {
  it('cuts without an ellipsis and never inside an emoji', () => {
    expect(cutAt('abcdef', 3)).toBe('abc');
    expect(cutAt('abc', 3)).toBe('abc');
    expect(cutAt('a😀', 2)).toBe('a');
  });
});

describe('splitWithin', () => {
  it('splits on paragraphs first, each piece within the limit, losing no words', () => {
    const text = ['one two three.', 'four five six.', 'seven eight.'].join('\n\n');
    const pieces = splitWithin(text, 20);
    expect(pieces).toEqual(['one two three.', 'four five six.', 'seven eight.']);
  });
  it('falls back to sentences, spaces and at last mid-word', () => {
    expect(splitWithin('First one. Second one.', 12)).toEqual(['First one.', 'Second one.']);
    expect(splitWithin('aaaa bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitWithin('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(splitWithin('   ', 3)).toEqual([]);
  });
});

describe('rowsOf', () => {
  it('lays items out in rows of a size, capped at a number of rows', () => {
    expect(rowsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(rowsOf([1, 2, 3, 4, 5, 6, 7], 3, 2)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(rowsOf([], 5)).toEqual([]);
  });
});

describe('choiceLabel', () => {
  it('trims and clips a label to the limit, and shows an empty one as its number', () => {
    expect(choiceLabel('  Yes  ', 80, 0)).toBe('Yes');
    expect(choiceLabel('x'.repeat(120), 80, 0)).toHaveLength(80);
    expect(choiceLabel('   ', 80, 2)).toBe('3');
  });
});

describe('fitsAsButtons', () => {
  const labels = (n: number, label = 'Option') => Array.from({ length: n }, () => ({ label }));
  it('fits up to the count, with every label whole (trimmed) within the limit', () => {
    expect(fitsAsButtons(labels(25), 25, 80)).toBe(true);
    expect(fitsAsButtons(labels(26), 25, 80)).toBe(false);
    expect(fitsAsButtons([...labels(2), { label: ` ${'x'.repeat(80)} ` }], 25, 80)).toBe(true);
    expect(fitsAsButtons([...labels(2), { label: 'x'.repeat(81) }], 25, 80)).toBe(false);
  });
});

describe('publicReplies', () => {
  it('keeps general text and drops questions, documents and images', () => {
    const replies: Reply[] = [
      { type: 'text', key: 'a', text: 'general' },
      { type: 'question', key: 'q', text: 'about your case?', promptId: 'p1', choices: [], freeText: true },
      { type: 'document', key: 'd', title: 'Letter', filename: 'l.txt', mime: 'text/plain', body: 'Dear school' },
      { type: 'move_private', key: 'm', text: 'see your DM' },
    ];
    expect(publicReplies(replies).map((r) => r.key)).toEqual(['a', 'm']);
  });
});
