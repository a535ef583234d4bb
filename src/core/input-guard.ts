/**
 * What a parent typed, made safe to use: control characters removed, whitespace tidied,
 * and the few kinds of input we cannot work with recognised so they get a kind reply.
 */
import { MAX_TEXT_CHARS } from './types.js';

export type InputProblem = 'empty' | 'too_long' | 'no_words' | 'language';

// C0/C1 controls except tab and newline; zero-width and bidi overrides too.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(raw: string): string {
  return raw.replace(CONTROL, '').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}

/** Returns the reason we cannot use this text, or null when it is fine. */
export function inputProblem(text: string): InputProblem | null {
  if (text.length === 0) return 'empty';
  if (text.length > MAX_TEXT_CHARS) return 'too_long';
  const letters = text.match(/\p{L}|\p{N}/gu) ?? [];
  if (letters.length === 0) return 'no_words';
  // Mostly non-Latin script in a sentence-length message: we can only help in English for now.
  // Short inputs (a child's nickname in any script) are fine.
  if (letters.length >= 8) {
    const latin = text.match(/[\p{Script=Latin}\p{N}]/gu)?.length ?? 0;
    if (latin / letters.length < 0.5) return 'language';
  }
  return null;
}
