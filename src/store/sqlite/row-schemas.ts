/** The core tables' rows as SQLite returns them, checked with zod before the store trusts them. */
import * as z from 'zod';
import { categorySchema } from '../../core/types.js';

export const noteBodySchema = z.object({ text: z.string(), who: z.string().optional(), said_on: z.string().optional(), due: z.string().optional() });
export const noteRowSchema = z.object({
  id: z.number(),
  user_id: z.string(),
  case_id: z.number().nullable(),
  kind: z.string(),
  topic: z.string(),
  category: categorySchema.nullable(),
  at: z.string(),
  /** The parent's day (migration 013). */
  day: z.string(),
  body: z.string(),
  nickname: z.string().nullable(),
});
export const caseRowSchema = z.object({ id: z.number(), user_id: z.string(), nickname: z.string(), created_at: z.string(), disclaimer_shown: z.number() });
export const sessionRowSchema = z.object({
  user_id: z.string(),
  case_id: z.number().nullable(),
  flow_id: z.string().nullable(),
  flow_version: z.number().nullable(),
  snapshot: z.string().nullable(),
  pending: z.string().nullable(),
  seq: z.number(),
  updated_at: z.string(),
});
