/**
 * A labelled crisis set: JSON lines `{"text","expect","family"}` (other fields ignored), where
 * expect is clear | possible | none. Used to score the screen (crisis-score.ts) and to train its
 * learned layer (crisis-model.ts, from content/safety/training/). A malformed line is an error
 * naming its number, never its words.
 */
import * as z from 'zod';

export const crisisExampleSchema = z.object({
  text: z.string().min(1),
  expect: z.enum(['clear', 'possible', 'none']),
  family: z.string().min(1),
});
export type CrisisExample = z.infer<typeof crisisExampleSchema>;

export function parseCrisisSet(source: string): CrisisExample[] {
  const rows: CrisisExample[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    const parsed = crisisExampleSchema.safeParse(value);
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((x) => x.path.join('.') || 'value').join(', ')} malformed`);
    rows.push({ text: parsed.data.text, expect: parsed.data.expect, family: parsed.data.family });
  });
  return rows;
}
