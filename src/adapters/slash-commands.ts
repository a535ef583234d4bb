/**
 * `/nextstep` as Slack and Discord both offer it: its subcommands, each the engine command of
 * the same name, and the one text each may carry. Their descriptions are words in
 * content/prompts/discord.yaml (`discord.command.<sub>`, `discord.command.<sub>.<option>`).
 */
export const SLASH_COMMAND = 'nextstep';

export const SUBCOMMANDS = ['start', 'say', 'notes', 'help', 'log', 'summary', 'chart', 'letter', 'sent', 'replied', 'export', 'forget', 'correct'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

interface SubcommandOption {
  name: string;
  required?: boolean;
  maxLength?: number;
  /** Fixed values, each shown by its word `discord.command.<sub>.<option>.<value>`. */
  choices?: readonly string[];
}

export const SUBCOMMAND_OPTIONS: Partial<Record<Subcommand, SubcommandOption>> = {
  say: { name: 'text', required: true, maxLength: 6000 },
  log: { name: 'date', maxLength: 40 },
  letter: { name: 'kind', maxLength: 40 },
  export: { name: 'format', choices: ['pdf', 'md', 'csv', 'json'] },
  // One child's name: only their notes are erased (as "delete Noah's data"); none, everything.
  forget: { name: 'child', maxLength: 60 },
};

/** The content keys of the command's words, checked at start-up. */
export const COMMAND_WORD_KEYS: readonly string[] = [
  'discord.command',
  ...SUBCOMMANDS.flatMap((sub) => {
    const o = SUBCOMMAND_OPTIONS[sub];
    const option = o ? [`discord.command.${sub}.${o.name}`, ...(o.choices ?? []).map((c) => `discord.command.${sub}.${o.name}.${c}`)] : [];
    return [`discord.command.${sub}`, ...option];
  }),
];

/** `<subcommand> [words]` (already plain text); anything else (or nothing) is help. */
export function parseSubcommand(text: string): { name: Subcommand; args: string } {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  const word = (m?.[1] ?? '').toLowerCase();
  const name = SUBCOMMANDS.find((s) => s === word);
  if (!name) return { name: 'help', args: '' };
  return { name, args: (m?.[2] ?? '').trim() };
}
