/**
 * Words from the tenth walk (docs/walkthrough-2026-12-06.md, "A tenth walk: Slack and Discord"):
 * words every channel shows must make sense on each, and those the Slack and Discord adapters add.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('tenth walk words: a typed answer that matches no button', () => {
  it('asks for one of the options without telling a Slack or Discord parent to type a number their buttons do not show', () => {
    const said = content.render('engine.pick-one');
    expect(said).toMatch(/pick one of the options/);
    expect(said).not.toMatch(/number/i);
  });
});

describe('tenth walk words: a question with a choice already named', () => {
  it('says "pick", which fits buttons and the console\'s numbered options alike, never "tap"', () => {
    for (const [key, vars] of [['triage.confirm-who', { who: 'the head' }], ['triage.confirm-request', { request: 'a later start' }]] as const) {
      const said = content.render(key, vars);
      expect(said, key).not.toMatch(/\btap\b/i);
      expect(said, key).toMatch(/Pick it, or tell me/);
    }
  });
});

describe('tenth walk words: the adapters own lines', () => {
  it('says where a file asked for in a server went, and what an old question became', () => {
    expect(content.render('discord.sent-to-dm')).toMatch(/private message/);
    expect(content.render('slack.question-closed')).toMatch(/earlier question/);
    expect(content.render('slack.question-closed')).toMatch(/buttons/);
  });
});
