/**
 * The shapes of a saved conversation's parts, checked wherever they come back from storage:
 * the store's session rows, and a conversation put aside while another dialogue runs over it.
 */
import * as z from 'zod';

export const pendingSchema = z.object({
  promptId: z.string(),
  key: z.string(),
  vars: z.record(z.string(), z.string()),
  choices: z.array(z.object({ id: z.string(), key: z.string(), vars: z.record(z.string(), z.string()).optional() })),
  freeText: z.boolean(),
  askedOn: z.string().optional(),
  cameBack: z.number().optional(),
  takesAdded: z.boolean().optional(),
  prompted: z.boolean().optional(),
  reminded: z.boolean().optional(),
});

/**
 * A conversation put aside, waiting at its question, while a dialogue a command started runs
 * over it (see flow-runner.ts): its flow, the child it was about, its snapshot and its question.
 */
export const asideSchema = z.object({
  flowId: z.string(),
  flowVersion: z.number(),
  caseId: z.number().nullable().optional(),
  get snapshot() {
    return snapshotSchema;
  },
  pending: pendingSchema,
});

/** A flow's persisted snapshot, and the conversation it was started over, if any (a stack: that one may have its own). */
export const snapshotSchema = z.object({
  value: z.unknown(),
  context: z.record(z.string(), z.unknown()),
  get aside() {
    return asideSchema.optional();
  },
});
