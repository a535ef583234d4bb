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
  };
}

/** Match typed text to one of the pending choices: by its number ("2") or its label. */
export function matchChoice(content: ContentCatalog, q: PendingQuestion, text: string): string | null {
  const t = text.trim().toLowerCase().replace(/[.!)]+$/, '');
  // A label that is itself a number (a 0-10 scale) wins over a position: "7" means the button "7".
  for (const c of q.choices) {
    const label = content.render(c.key, c.vars ?? {}).trim().toLowerCase();
    if (label === t || c.id.toLowerCase() === t) return c.id;
  }
  if (/^\d{1,2}$/.test(t)) {
    const c = q.choices[Number(t) - 1];
    return c ? c.id : null;
  }
  return null;
}
