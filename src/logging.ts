/**
 * Structured logs (pino) to stderr. Parents' words never belong in a log: callers pass ids,
 * kinds and counts only, and these paths are redacted as a second line of defence.
 */
import pino from 'pino';
import type { Logger } from './core/ports.js';

export const REDACT_PATHS = [
  'text', '*.text', 'input.text', 'args', '*.args', 'statement', '*.statement',
  'nickname', '*.nickname', 'body', '*.body', 'event.text', 'message.content', 'content',
];

export function createLogger(level = 'info', destination: NodeJS.WritableStream = process.stderr): Logger & pino.Logger {
  return pino({ level, base: { app: 'next-step' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination as pino.DestinationStream);
}
