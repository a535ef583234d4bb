/**
 * What a parent writes about the conversation itself rather than in answer to the question in
 * front of them: "can we carry on?", "where were we?" (content/words/input.yaml). Such a message
 * is not an answer, so it is neither kept nor classified; the question is asked again.
 */
import type { ContentCatalog } from '../content/catalog.js';

/** Longer than this, a message is an answer that happens to end with "…can we carry on". */
const MAX_ASIDE_CHARS = 200;

const patterns = new WeakMap<ContentCatalog, readonly RegExp[]>();

function carryOnPatterns(content: ContentCatalog): readonly RegExp[] {
  let made = patterns.get(content);
  if (!made) {
    made = content.words('input-words.carry-on').map((p) => new RegExp(p, 'i'));
    patterns.set(content, made);
  }
  return made;
}

/** Whether the message asks to carry on with the conversation ("ok. she's calmer now. can we carry on"). */
export function asksToCarryOn(content: ContentCatalog, text: string): boolean {
  if (text.length > MAX_ASIDE_CHARS) return false;
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  return carryOnPatterns(content).some((p) => p.test(plain));
}
