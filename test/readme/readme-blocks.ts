/**
 * The README's runnable examples: each ```sh block right after a `<!-- runnable -->` comment.
 * `<!-- runnable; prints: TEXT -->` also says what its standard output must contain.
 */
export interface RunnableBlock {
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
  code: string;
  prints: string[];
}

const MARKER = /^<!--\s*runnable\s*(?:;\s*(.*?))?\s*-->\s*$/;

export function runnableBlocks(markdown: string): RunnableBlock[] {
  const lines = markdown.split('\n');
  const blocks: RunnableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i] as string);
    if (!m) continue;
    const prints = (m[1] ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p.startsWith('prints:'))
      .map((p) => p.slice('prints:'.length).trim());
    const fence = i + 1;
    if (!/^```(?:sh|bash)\s*$/.test(lines[fence] ?? '')) throw new Error(`README line ${i + 1}: a runnable marker must sit right above a \`\`\`sh block`);
    const end = lines.findIndex((l, j) => j > fence && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README line ${fence + 1}: unclosed code block`);
    blocks.push({ line: fence + 1, code: lines.slice(fence + 1, end).join('\n'), prints });
    i = end;
  }
  return blocks;
}
