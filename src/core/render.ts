/** Content keys → replies. The only place the engine turns keys into words. */
import type { ContentCatalog } from '../content/catalog.js';
import type { PendingQuestion } from './ports.js';
import type { Reply } from './types.js';

export function textReply(content: ContentCatalog, key: string, vars: Record<string, string> = {}, seed = 0): Reply {
  return { type: 'text', key, text: content.render(key, vars, seed) };
}

/** The variant is fixed by the prompt id, so a re-asked question reads the same as before. */
export function questionReply(content: ContentCatalog, q: PendingQuestion): Reply {
  const seed = Number(q.promptId.replace(/\D/g, '')) - 1;
  return {
    type: 'question',
    key: q.key,
    text: content.render(q.key, q.vars, Number.isFinite(seed) ? seed : 0),
    promptId: q.promptId,
    choices: q.choices.map((c) => ({ id: c.id, label: content.render(c.key, c.vars ?? {}) })),
    freeText: q.freeText,
    ...(q.freeText && q.choices.length > 0 ? { hint: content.render('common.or-type') } : {}),
  };
}

/** Lower case, straight apostrophes, no punctuation but apostrophes, single spaces. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The ways parents say they don't know; a button saying so ("I'm not sure", "Not sure yet", "Hard to say") matches any of them. */
const UNSURE = /^(?:i'?m |i am )?(?:not sure|unsure|no idea|not certain|no clue|dunno|idk|(?:i )?don'?t know|hard to say|not sure yet)$/;
// Plain words only: "ok" or "y" is too slight an answer to, say, "Erase everything?".
const YES = /^(?:yes|yeah|yep|yup)(?: please)?$/;
const NO = /^(?:no|nope|nah)(?: thanks| thank you)?$/;

/**
 * Match typed text to one of the pending choices: by its number ("2"), its label (case and
 * punctuation aside), one of the other ways of saying it listed in content under the label's
 * key + `.also` ("They said no" for "The school said no: help me respond"), "not sure" and its kin for a button that says so, and a bare yes or no
 * for the one button that starts with it ("Yes, draft a letter").
 */
export function matchChoice(content: ContentCatalog, q: PendingQuestion, text: string): string | null {
  const t = plain(text);
  const asTyped = text.trim().toLowerCase().replace(/[.!)]+$/, '');
  const labels = q.choices.map((c) => ({ id: c.id, label: plain(content.render(c.key, c.vars ?? {})) }));
  // A label that is itself a number (a 0-10 scale) wins over a position: "7" means the button "7".
  for (const c of labels) if (c.label === t || c.id.toLowerCase() === asTyped) return c.id;
  const also = q.choices.filter((c) => content.variants(`${c.key}.also`).some((v) => plain(v) === t));
  if (also.length === 1) return (also[0] as { id: string }).id;
  if (/^\d{1,2}$/.test(t)) {
    const c = q.choices[Number(t) - 1];
    return c ? c.id : null;
  }
  const only = (fits: (label: string) => boolean) => {
    const found = labels.filter((c) => fits(c.label));
    return found.length === 1 ? (found[0] as { id: string }).id : null;
  };
  if (UNSURE.test(t)) return only((l) => UNSURE.test(l));
  if (YES.test(t)) return only((l) => /^yes\b/.test(l));
  // "No": the one button that starts with it ("No, thanks"), else the one that says it another
  // way ("They didn't say", "Nothing yet", "Not really"); never a "not sure" button.
  if (NO.test(t)) return only((l) => /^no\b/.test(l)) ?? only((l) => !UNSURE.test(l) && /^(?:not|nothing|none)\b|\bdidn't say\b/.test(l));
  return null;
}
