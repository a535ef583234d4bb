import { describe, expect, it } from 'vitest';
import { bootContent } from '../../src/app.js';
import { COMMAND_WORD_KEYS, SUBCOMMAND_OPTIONS, SUBCOMMANDS } from '../../src/adapters/slash-commands.js';

describe('/nextstep, as Slack and Discord both offer it', () => {
  it('has a word in content for the command, every subcommand, option and fixed value', () => {
    const content = bootContent();
    for (const key of COMMAND_WORD_KEYS) expect(content.has(key), key).toBe(true);
    expect(COMMAND_WORD_KEYS).toContain('discord.command.export.format.pdf');
    expect(COMMAND_WORD_KEYS.filter((k) => /^discord\.command\.[a-z]+$/.test(k))).toHaveLength(SUBCOMMANDS.length);
  });
  it('gives options only to subcommands it lists', () => {
    for (const sub of Object.keys(SUBCOMMAND_OPTIONS)) expect(SUBCOMMANDS).toContain(sub);
  });
});
