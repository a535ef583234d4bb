/**
 * Whether words end inside a quotation: 'Mrs Fenwick: "I'm not sure what we can do' (before the
 * "What now?" that closes it). A question in quotes is the school's, not the parent's (review11, 2).
 */
export function inOpenQuote(words: string): boolean {
  const doubles = (words.match(/"/g) ?? []).length;
  const opened = (words.match(/“/g) ?? []).length - (words.match(/”/g) ?? []).length;
  return doubles % 2 === 1 || opened > 0;
}
