/**
 * The twelfth walk (W12-5): the bot said 'type "checkin"', and "checkin" typed got the menu's
 * nudge. Every command a message tells the parent to type (content/prompts/place.yaml, the
 * private chat's words) is one a message of those words reaches (content/words/intents.yaml).
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/app.js';
import { loadContent } from '../../src/content/catalog.js';
import { assemble, intentIn } from '../../src/core/assemble.js';

const content = loadContent();
const { intents } = assemble(FEATURES, content);

const typed = content
  .keys()
  .filter((k) => k.startsWith('place.') && !k.endsWith('.shared'))
  .map((k) => [k, /^type\s+"?([^"]+?)"?$/.exec(content.render(k))?.[1] ?? ''] as const);

describe('the words a message says to type', () => {
  it('are found in place.yaml', () => {
    expect(typed.length).toBeGreaterThan(5);
    expect(typed.filter(([, words]) => !words)).toEqual([]);
  });

  it.each(typed)('%s: typing "%s" reaches a command', (_key, words) => {
    expect(intentIn(intents, words)?.command).toBeDefined();
  });
});
