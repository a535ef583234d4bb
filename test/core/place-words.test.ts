/**
 * Walkthrough C-L4 (mends of 7 December, afternoon): `/nextstep letter`, `summary` and `forget`
 * typed in a Slack or Discord channel answered privately, there, with "(Type menu to go back.)",
 * "Type chart to see it as a picture." and "choose "No" and type export": typed in the channel,
 * words are public and unread. A command named in content is a reference with the words for each
 * place (content/place-words.ts); the engine's reply carries both, and core's layout picks the
 * shared channel's where the posts are private answers there (`typedAnswersInDm`), for every
 * platform at once: the adapters are unchanged. Words checked through content, flows by keys.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../src/content/catalog.js';
import { tempDir } from '../support/builders.js';
import { questionReply, textReply } from '../../src/core/render.js';
import { layoutReplies, type LayoutRules, type Part } from '../../src/core/reply-layout.js';
import type { Reply } from '../../src/core/types.js';
import { renderReplies } from '../../src/adapters/slack/to-blocks.js';
import { toMessages } from '../../src/adapters/discord/to-components.js';
import { cleanupsAfterEach } from '../support/cleanups.js';
import { cmd, makeCaseApp, question } from '../features/case-file/support.js';

const content = loadContent();
const RULES: LayoutRules = { choices: { buttonLabel: 80, buttonsPerRow: 5 }, question: 'shared' };
const texts = (parts: Part[]) => parts.flatMap((p) => (p.kind === 'text' || p.kind === 'question' ? [p.text] : []));
const cleanups = cleanupsAfterEach();
/** A command's words where they start a sentence. */
const cap = (key: string) => { const w = content.render(key); return w.charAt(0).toUpperCase() + w.slice(1); };

const chartHint = textReply(content, 'summary.chart-hint');
const letterAsk = questionReply(content, { key: 'case-file.letter.ask-kind', vars: {}, promptId: 'p1', choices: [{ id: 'need-request', key: 'case-file.letter.choice.need-request' }], freeText: false });
const forgetAsk = questionReply(content, { key: 'case-file.forget.confirm', vars: {}, promptId: 'p2', choices: [{ id: 'yes', key: 'case-file.letter.choice.need-request' }], freeText: false });

describe('a command named in a message, as it is used where the parent reads it', () => {
  it('content keeps the private chat\'s words as they were, and words each command for a shared channel', () => {
    expect(content.render('summary.chart-hint').startsWith(`${cap('place.chart')} `)).toBe(true);
    expect(content.renderShared?.('summary.chart-hint')).toContain(cap('place.chart.shared'));
    expect(content.renderShared?.('summary.chart-hint')).not.toContain(cap('place.chart'));
    expect(content.renderShared?.('summary.trend.steady')).toBeUndefined();
  });

  it('the reply carries both; a line that names no command carries one', () => {
    expect(chartHint).toMatchObject({ type: 'text', text: content.render('summary.chart-hint'), sharedText: content.renderShared?.('summary.chart-hint') });
    expect(letterAsk.type === 'question' && letterAsk.sharedText).toContain(cap('place.menu.shared'));
    expect(forgetAsk.type === 'question' && forgetAsk.sharedText).toContain(content.render('place.export.shared'));
    expect('sharedText' in textReply(content, 'summary.trend.steady')).toBe(false);
  });

  it('core\'s layout uses the shared channel\'s words only where the posts are private answers there', () => {
    const replies: Reply[] = [chartHint, letterAsk, forgetAsk];
    const shared = layoutReplies(replies, { ...RULES, typedAnswersInDm: true }).flatMap((p) => (p.kind === 'message' ? texts(p.parts) : []));
    const dm = layoutReplies(replies, RULES).flatMap((p) => (p.kind === 'message' ? texts(p.parts) : []));
    for (const t of shared) expect(t).not.toMatch(/\btype (?:menu|chart|export)\b/i);
    expect(dm).toEqual(replies.map((r) => (r.type === 'text' || r.type === 'question' ? r.text : '')));
  });

  it('Slack\'s and Discord\'s ephemeral answers read it so, with their adapters as they were', () => {
    const slack = JSON.stringify(renderReplies([chartHint], (k) => k, { ephemeral: true }));
    expect(slack).toContain(cap('place.chart.shared'));
    expect(slack).not.toContain(content.render('summary.chart-hint'));
    const discord = toMessages([chartHint], { answerInDm: 'DM me.', sentToDm: 'Sent to your DM.' }).map((m) => m.content).join('\n');
    expect(discord).toContain(cap('place.chart.shared'));
    const inDm = toMessages([chartHint]).map((m) => m.content).join('\n');
    expect(inDm).toContain(content.render('summary.chart-hint'));
  });

  it('through the engine: "what is due?" and the letter\'s question carry the words for a shared channel', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await a.send(cmd('resume'));
    const due = (await a.send('what is due?')).find((r) => r.key === 'notes.due.nothing');
    expect(due?.type === 'text' && due.sharedText).toContain(cap('place.notes.shared'));
    const letter = question(await a.send(cmd('letter')));
    expect(letter.key).toBe('case-file.letter.ask-kind');
    expect(letter.sharedText).toBeDefined();
  });

  it('a reference to words that do not exist, or are not plain, stops the bot at start-up', () => {
    const t = tempDir('nextstep-content-');
    try {
      mkdirSync(join(t.dir, 'prompts'));
      const file = join(t.dir, 'prompts', 'a.yaml');
      writeFileSync(file, ['hint: "{{@place.chart}} to see it."', 'place.chart: "type chart"', 'place.chart.shared: "use /nextstep chart"', ''].join('\n'));
      expect(loadContent(t.dir, null).render('hint')).toBe('Type chart to see it.');
      writeFileSync(file, ['hint: "{{@place.charts}} to see it."', 'place.chart: "type chart"', ''].join('\n'));
      expect(() => loadContent(t.dir, null)).toThrow(ContentError);
      writeFileSync(file, ['hint: "{{@place.chart}} to see it."', 'place.chart: "type {{what}}"', ''].join('\n'));
      expect(() => loadContent(t.dir, null)).toThrow(ContentError);
    } finally {
      t.cleanup();
    }
  });
});
