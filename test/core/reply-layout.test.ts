/** Core's reply layout and choice controls: the platform-neutral step before Block Kit or Discord components. */
import { describe, expect, it } from 'vitest';
import { choiceControls, type ChoiceLimits } from '../../src/core/choice-controls.js';
import { answerableQuestions, layoutReplies, type LayoutRules, type Post } from '../../src/core/reply-layout.js';
import type { Choice, Reply } from '../../src/core/types.js';

const choices = (n: number, label = (i: number) => `Option ${i + 1}`): Choice[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: label(i) }));
const text = (t: string, key = 'k'): Reply => ({ type: 'text', key, text: t });
const question = (n: number, promptId = 'q1', hint?: string): Reply => ({ type: 'question', key: 'q', text: 'Which?', promptId, choices: choices(n), freeText: hint !== undefined, ...(hint ? { hint } : {}) });
const doc: Reply = { type: 'document', key: 'd', title: 'Letter', filename: 'l.md', mime: 'text/markdown', body: 'Dear…' };
const image: Reply = { type: 'image', key: 'i', filename: 'c.png', alt: 'Chart', data: new Uint8Array([1]) };

const BUTTONS_ONLY: ChoiceLimits = { buttonLabel: 75, buttonsPerRow: 5 };
const WITH_MENUS: ChoiceLimits = { buttonLabel: 80, buttonsPerRow: 5, menus: { maxButtons: 25, optionLabel: 100, optionsPerMenu: 25, maxMenus: 5 } };
const rules = (over: Partial<LayoutRules> = {}): LayoutRules => ({ choices: BUTTONS_ONLY, question: 'shared', ...over });
/** Each post as a short word: m(kinds of parts) | file | image. */
const shape = (posts: Post[]) => posts.map((p) => (p.kind === 'message' ? `m(${p.parts.map((x) => x.kind[0]).join('')})` : p.kind));

describe('choiceControls', () => {
  it('lays buttons out in rows, labels trimmed and clipped, an empty label shown by its number', () => {
    const c = choiceControls([...choices(6), { id: 'blank', label: '  ' }, { id: 'long', label: 'x'.repeat(90) }], BUTTONS_ONLY);
    expect(c.kind).toBe('buttons');
    if (c.kind !== 'buttons') return;
    expect(c.rows.map((r) => r.length)).toEqual([5, 3]);
    expect(c.rows[1]?.[1]).toEqual({ label: '7', id: 'blank', index: 6 });
    expect(c.rows[1]?.[2]?.label).toHaveLength(75);
  });

  it('with menus: buttons while they fit, menus for too many choices or a long label, within the menu cap', () => {
    expect(choiceControls(choices(25), WITH_MENUS).kind).toBe('buttons');
    const many = choiceControls(choices(400), WITH_MENUS);
    expect(many.kind === 'menus' && many.menus.map((m) => m.length)).toEqual([25, 25, 25, 25, 25]);
    const long = choiceControls(choices(2, () => 'y'.repeat(81)), WITH_MENUS);
    expect(long.kind === 'menus' && long.menus[0]?.map((o) => o.label.length)).toEqual([81, 81]);
  });

  it('without menus, never menus, and no choices is no rows', () => {
    expect(choiceControls(choices(40), BUTTONS_ONLY).kind).toBe('buttons');
    expect(choiceControls([], WITH_MENUS)).toEqual({ kind: 'buttons', rows: [] });
  });
});

describe('layoutReplies', () => {
  it('shared: texts and questions share one message; a document or image ends it and takes its place', () => {
    expect(shape(layoutReplies([text('a'), question(2), text('b'), doc, text('c'), image], rules()))).toEqual(['m(tqt)', 'file', 'm(t)', 'image']);
  });

  it('ends: a message ends at each question (its controls belong to the last part)', () => {
    expect(shape(layoutReplies([text('a'), question(2), text('b'), question(2, 'q2'), text('c')], rules({ question: 'ends' })))).toEqual(['m(tq)', 'm(tq)', 'm(t)']);
  });

  it('alone: each question has a message of its own', () => {
    expect(shape(layoutReplies([text('a'), question(2), text('b')], rules({ question: 'alone' })))).toEqual(['m(t)', 'm(q)', 'm(t)']);
  });

  it('files elsewhere go ahead of the message, which says so in line', () => {
    const posts = layoutReplies([text('a'), doc, text('b')], rules({ filesElsewhere: true }));
    expect(shape(posts)).toEqual(['file', 'm(tft)']);
    expect(posts[1]?.kind === 'message' && posts[1].parts[1]).toEqual({ kind: 'file-sent-elsewhere' });
  });

  it('a text over the limit goes as a file titled by its first line; a question is never a file', () => {
    const long = `Title line\n${'x'.repeat(50)}`;
    const posts = layoutReplies([text(long), { ...(question(1) as Extract<Reply, { type: 'question' }>), text: 'q'.repeat(80) }], rules({ textAsFileOver: 40 }));
    expect(posts[0]).toEqual({ kind: 'file', filename: 'next-step.txt', title: 'Title line', body: long, longText: true });
    expect(shape(posts)).toEqual(['file', 'm(q)']);
  });

  it('a message holds what its limit allows; the next part starts a new one', () => {
    const size = (p: { kind: string }) => (p.kind === 'question' ? 3 : 1);
    expect(shape(layoutReplies([text('a'), text('b'), question(2), text('c')], rules({ messageLimit: { max: 4, size } })))).toEqual(['m(tt)', 'm(qt)']);
  });

  it('keeps each question whole: its key, prompt, hint and controls', () => {
    const [post] = layoutReplies([question(7, 'q9', 'Or type it.')], rules());
    const part = post?.kind === 'message' ? post.parts[0] : undefined;
    expect(part).toMatchObject({ kind: 'question', key: 'q', promptId: 'q9', freeText: true, hint: 'Or type it.' });
    expect(part?.kind === 'question' && part.controls.kind === 'buttons' && part.controls.rows.map((r) => r.length)).toEqual([5, 2]);
  });

  it('seen in a shared channel: a question taking typed answers points to the DM instead of its hint; a buttons-only one has neither', () => {
    const posts = layoutReplies([question(2, 'q1', 'Or type it.'), question(2, 'q2')], rules({ typedAnswersInDm: true }));
    const parts = posts.flatMap((p) => (p.kind === 'message' ? p.parts : []));
    expect(parts[0]).toMatchObject({ promptId: 'q1', answerInDm: true });
    expect(parts[0]).not.toHaveProperty('hint');
    expect(parts[1]).not.toHaveProperty('answerInDm');
    expect(parts[1]).not.toHaveProperty('hint');
  });
});

describe('answerableQuestions', () => {
  it('names each question with a control once, and none without', () => {
    const [post] = layoutReplies([question(2, 'q1'), question(0, 'q2'), question(3, 'q1'), text('x')], rules());
    expect(post?.kind === 'message' && answerableQuestions(post.parts)).toEqual(['q1']);
  });
});
