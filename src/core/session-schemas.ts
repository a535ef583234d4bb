/**
 * The shapes of a saved conversation's parts, checked wherever they come back from storage:
 * the store's session rows, and a conversation put aside while "what do I say next?" runs.
 */
import * as z from 'zod';

export const snapshotSchema = z.object({ value: z.unknown(), context: z.record(z.string(), z.unknown()) });

export const pendingSchema = z.object({
  promptId: z.string(),
  key: z.string(),
  vars: z.record(z.string(), z.string()),
  choices: z.array(z.object({ id: z.string(), key: z.string(), vars: z.record(z.string(), z.string()).optional() })),
  freeText: z.boolean(),
});
