import { describe, expect, it } from 'vitest';
import { clip, cutAt, publicTexts, rowsOf, splitWithin } from '../../src/core/fit-text.js';
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

describe('publicTexts', () => {
  it('keeps general text and drops questions, documents and images', () => {
    const replies: Reply[] = [
      { type: 'text', key: 'a', text: 'general' },
      { type: 'question', key: 'q', text: 'about your case?', promptId: 'p1', choices: [], freeText: true },
      { type: 'document', key: 'd', title: 'Letter', filename: 'l.txt', mime: 'text/plain', body: 'Dear school' },
      { type: 'move_private', key: 'm', text: 'see your DM' },
    ];
    expect(publicTexts(replies)).toEqual(['general', 'see your DM']);
  });
});
