/**
 * Several reasons typed together at "What made it harder?" ("maths, noise", "tired and a row with
 * her sister", fifteenth walk, W15-15): each part read as one typed reason (typedTriggerName), when
 * two or more are left and at least one names a listed reason; null otherwise (then the words are
 * one reason, as typed). A part that says only how much of the day ("came home early") is no reason.
 */
import type { TriggerId } from './model.js';
import { typedTriggerName } from './parse.js';
import { saysOnlyHowMuch } from './told-day.js';

export function typedTriggerList(raw: string): { id: TriggerId; detail: string | null }[] | null {
  const parts = raw
    .split(/\s*(?:[,;&+]|\band\b|\bplus\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !saysOnlyHowMuch(p));
  if (parts.length < 2) return null;
  const read = parts.map(typedTriggerName);
  return read.some((r) => r.id !== 'other') ? read : null;
}
