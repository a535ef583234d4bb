import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  answeredRows,
  buttonCustomId,
  choiceRows,
  MAX_CONTENT,
  parseChoiceCustomId,
  splitText,
  toMessages,
  withAnswer,
} from '../../../src/adapters/discord/to-components.js';
import { publicReplies } from '../../../src/core/fit-text.js';
import type { Choice, Reply } from '../../../src/core/types.js';

const choices = (n: number, label = (i: number) => `Option ${i + 1}`): Choice[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: label(i) }));
const question = (cs: Choice[], text = 'Which one?'): Reply => ({ type: 'question', key: 'q', text, promptId: 'q7', choices: cs, freeText: false });

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('Hello.')).toEqual(['Hello.']);
  });

  it('splits on paragraph boundaries, every piece within the limit', () => {
    const paras = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}. ${'word '.repeat(60).trim()}`);
    const pieces = splitText(paras.join('\n\n'));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_CONTENT);
    // No paragraph is cut in two: each piece is a run of whole paragraphs.
    for (const p of pieces) for (const para of p.split('\n\n')) expect(paras).toContain(para);
    expect(pieces.join('\n\n')).toBe(paras.join('\n\n'));
  });

  it('falls back to spaces, then a hard cut, and never splits an emoji', () => {
    expect(splitText('abc '.repeat(1000)).every((p) => p.length <= MAX_CONTENT)).toBe(true);
    const emoji = '😀'.repeat(1500); // 3,000 UTF-16 units, no spaces
    const pieces = splitText(emoji);
    expect(pieces.every((p) => p.length <= MAX_CONTENT)).toBe(true);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});

describe('choiceRows', () => {
  it('renders up to 25 short choices as buttons, 5 to a row', () => {
    const rows = choiceRows('q7', choices(12));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.components.length)).toEqual([5, 5, 2]);
    const first = rows[0]?.components[0];
    expect(first).toMatchObject({ type: ComponentType.Button, custom_id: 'choice:q7:c0', label: 'Option 1' });
  });

  it('switches to selects of at most 25 options beyond 25 choices', () => {
    const rows = choiceRows('q7', choices(30));
    expect(rows).toHaveLength(2);
    const [a, b] = rows.map((r) => r.components[0]);
    expect(a).toMatchObject({ type: ComponentType.StringSelect, custom_id: 'choices:q7:0' });
    expect(a && 'options' in a ? a.options.length : 0).toBe(25);
    expect(b && 'options' in b ? b.options.length : 0).toBe(5);
  });

  it('uses a select for long labels, clipped to Discord’s 100', () => {
    const rows = choiceRows('q7', choices(3, (i) => `${'long '.repeat(30)}${i}`));
    const select = rows[0]?.components[0];
    expect(select?.type).toBe(ComponentType.StringSelect);
    for (const o of select && 'options' in select ? select.options : []) expect(o.label.length).toBeLessThanOrEqual(100);
  });

  it('never exceeds 5 rows or 100-character custom ids', () => {
    const many = choiceRows('q7', choices(400));
    expect(many.length).toBeLessThanOrEqual(5);
    const longId = buttonCustomId('q7', 'x'.repeat(150), 3);
    expect(longId).toBe('choice:q7:#3');
    expect(parseChoiceCustomId(longId)).toEqual({ promptId: 'q7', token: '#3' });
  });
});

describe('parseChoiceCustomId', () => {
  it('reads buttons and selects, and refuses what is not ours', () => {
    expect(parseChoiceCustomId('choice:q3:cat:data')).toEqual({ promptId: 'q3', token: 'cat:data' });
    expect(parseChoiceCustomId('choices:q3:0', ['child:1'])).toEqual({ promptId: 'q3', token: 'child:1' });
    expect(parseChoiceCustomId('choices:q3:0', [])).toBeNull();
    expect(parseChoiceCustomId('something-else')).toBeNull();
    expect(parseChoiceCustomId('choice:q3:')).toBeNull();
  });
});

describe('toMessages', () => {
  it('puts consecutive texts and the question in one message with its buttons', () => {
    const out = toMessages([{ type: 'text', key: 'a', text: 'First.' }, question(choices(2))]);
    expect(out).toHaveLength(1);
    expect(out[0]?.content).toBe('First.\n\nWhich one?');
    expect(out[0]?.components).toHaveLength(1);
  });

  it('says in small print under the question that typing works too, when the engine says so', () => {
    const [out] = toMessages([{ ...question(choices(2)), freeText: true, hint: 'Or type your own answer.' } as Reply]);
    expect(out?.content).toBe('Which one?\n-# Or type your own answer.');
    expect(toMessages([question(choices(2))])[0]?.content).toBe('Which one?');
  });

  it('splits text over 2,000 characters and keeps buttons on the last piece', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Part ${i}: ${'x'.repeat(400)}`).join('\n\n');
    const out = toMessages([{ type: 'text', key: 'a', text: long }, question(choices(2))]);
    expect(out.length).toBeGreaterThan(2);
    for (const m of out) expect(m.content.length).toBeLessThanOrEqual(MAX_CONTENT);
    expect(out.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(out.at(-1)?.components).toHaveLength(1);
  });

  it('sends documents and images as attachments', () => {
    const body = 'Dear Ms Smith,\n\n'.concat('A long letter. '.repeat(400));
    const out = toMessages([
      { type: 'document', key: 'letter.x', title: 'Your letter', filename: 'letter.md', mime: 'text/markdown', body },
      { type: 'image', key: 'chart', filename: 'chart.png', alt: 'Days in school', data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]?.content).toBe('**Your letter**');
    expect(out[0]?.files[0]?.name).toBe('letter.md');
    expect(String(out[0]?.files[0]?.attachment)).toBe(body);
    expect(out[1]?.files[0]?.description).toBe('Days in school');
  });
});

describe('public rendering', () => {
  it('keeps only general text (core’s publicReplies, as the outbox hands a public turn), in one message', () => {
    const replies: Reply[] = [
      { type: 'text', key: 'public.general', text: 'General.' },
      question(choices(2), 'About Sam?'),
      { type: 'document', key: 'd', title: 'Sam’s letter', filename: 'x.md', mime: 'text/markdown', body: 'Sam' },
      { type: 'move_private', key: 'public.offer-dm', text: 'Let’s talk in a DM.' },
    ];
    const out = toMessages(publicReplies(replies));
    expect(out).toEqual([{ content: 'General.\n\nLet’s talk in a DM.', components: [], files: [] }]);
  });
});

describe('answeredRows', () => {
  it('disables every button and highlights the chosen one', () => {
    const rows = choiceRows('q7', choices(3));
    const { rows: after, label } = answeredRows(rows, 'choice:q7:c1');
    expect(label).toBe('Option 2');
    const buttons = after.flatMap((r) => r.components);
    expect(buttons.every((b) => 'disabled' in b && b.disabled)).toBe(true);
    expect(buttons.map((b) => ('style' in b ? b.style : null))).toEqual([ButtonStyle.Secondary, ButtonStyle.Success, ButtonStyle.Secondary]);
  });

  it('marks the chosen option of a select', () => {
    const rows = choiceRows('q7', choices(30));
    const { rows: after, label } = answeredRows(rows, 'choices:q7:1', 'c27');
    expect(label).toBe('Option 28');
    const select = after[1]?.components[0];
    expect(select && 'options' in select ? select.options.filter((o) => o.default).map((o) => o.value) : []).toEqual(['c27']);
  });

  it('shows the answer under the question, within the limit', () => {
    expect(withAnswer('Which one?', 'Option 2')).toBe('Which one?\n\n✓ Option 2');
    expect(withAnswer('x'.repeat(2000), 'Option 2').length).toBeLessThanOrEqual(MAX_CONTENT);
  });

  it('in an ephemeral reply, a question taking typed answers says to send them to the DM, under it in small print', () => {
    const typed = { ...question(choices(2)), freeText: true, hint: 'Or type your own answer.' } as Reply;
    const [out] = toMessages([typed], { answerInDm: 'Send me a DM.', sentToDm: 'Sent to your DM.' });
    expect(out?.content).toBe('Which one?\n-# Send me a DM.');
    expect(out?.components).toHaveLength(1);
    const [buttonsOnly] = toMessages([question(choices(2))], { answerInDm: 'Send me a DM.', sentToDm: 'Sent to your DM.' });
    expect(buttonsOnly?.content).toBe('Which one?');
  });

  // Sending the file to the DM (once marked `toDm` here) is core's policy now: test/core/ephemeral-answer.test.ts.
  it('in an ephemeral reply, a file goes as a message of its own and a line says so where it was; in a DM it stays', () => {
    const replies: Reply[] = [
      { type: 'text', key: 'intro', text: 'Here it is.' },
      { type: 'document', key: 'letter.x', title: 'Your letter', filename: 'letter.md', mime: 'text/markdown', body: 'Dear Ms Lee' },
    ];
    const out = toMessages(replies, { answerInDm: 'Send me a DM.', sentToDm: 'Sent to your DM.' });
    expect(out.filter((m) => m.files.length).map((m) => m.files.length)).toEqual([1]);
    expect(out.filter((m) => !m.files.length).map((m) => m.content)).toEqual(['Here it is.\n\nSent to your DM.']);
    expect(toMessages(replies).map((m) => m.content)).toEqual(['Here it is.', '**Your letter**']);
  });

  it("drops the question's 'or type' hint once it is answered or outdated, as Slack does", () => {
    const [out] = toMessages([{ ...question(choices(2)), freeText: true, hint: 'Or type your own answer.' } as Reply]);
    const asked = out?.content ?? '';
    expect(asked).toContain('-# Or type your own answer.');
    expect(withAnswer(asked, 'Option 2')).toBe('Which one?\n\n✓ Option 2');
    expect(withAnswer(asked, null)).toBe('Which one?');
    // A line of the question's own text that merely starts like subtext elsewhere stays.
    expect(withAnswer('-# small print\nWhich one?', 'Option 2')).toBe('-# small print\nWhich one?\n\n✓ Option 2');
  });
});
