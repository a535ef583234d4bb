/**
 * What a parent writes about the conversation itself rather than in answer to the question in
 * front of them: "can we carry on?", "where were we?" (content/words/input.yaml). Such a message
 * is not an answer, so it is neither kept nor classified; the question is asked again. And the
 * courtesy a parent puts around a command's words ("menu please", "can I see my notes").
 */
import type { ContentCatalog } from '../content/catalog.js';
import { straightApostrophes } from './flow-kit.js';

/** Longer than this, a message is an answer that happens to end with "…can we carry on". */
const MAX_ASIDE_CHARS = 200;

const made = new WeakMap<ContentCatalog, { carryOn: readonly RegExp[]; courtesy: readonly RegExp[]; upset: readonly RegExp[]; wait: readonly RegExp[]; aboutFile: readonly RegExp[]; pickedWrong: readonly RegExp[] }>();

function patterns(content: ContentCatalog) {
  let p = made.get(content);
  if (!p) {
    const list = (key: string) => content.words(key).map((w) => new RegExp(w, 'i'));
    p = { carryOn: list('input-words.carry-on'), courtesy: list('input-words.courtesy'), upset: list('input-words.upset-emoji'), wait: list('input-words.wait'), aboutFile: list('input-words.about-the-file'), pickedWrong: list('input-words.picked-wrong') };
    made.set(content, p);
  }
  return p;
}

/** The message without the courtesy around a command's words ("menu please" is "menu"). */
export function withoutCourtesy(content: ContentCatalog, text: string): string {
  let core = straightApostrophes(text).trim();
  for (const p of patterns(content).courtesy) core = core.replace(p, '').trim();
  return core;
}

/** Whether the message asks to carry on with the conversation ("ok. she's calmer now. can we carry on"). */
export function asksToCarryOn(content: ContentCatalog, text: string): boolean {
  if (text.length > MAX_ASIDE_CHARS) return false;
  const plain = straightApostrophes(text);
  return patterns(content).carryOn.some((p) => p.test(plain));
}

/** Emoji alone that say the parent is upset ("😭😭😭"): a kind line, not "I can only read words". */
export function looksUpset(content: ContentCatalog, text: string): boolean {
  return patterns(content).upset.some((p) => p.test(text));
}

/** Only asking for a moment, or sorry for a long paste ("hang on, let me find it"): not an answer. */
export function asksToWait(content: ContentCatalog, text: string): boolean {
  const plain = straightApostrophes(text).trim();
  return plain.length <= 80 && patterns(content).wait.some((p) => p.test(plain));
}

/** Words beside a file that speak of the file ("here is a photo of the letter"): a caption, not a message. */
export function speaksOfTheFile(content: ContentCatalog, text: string): boolean {
  return patterns(content).aboutFile.some((p) => p.test(text));
}

/** A comment on an earlier pick ("I'm not sure I picked the right option…"): not the answer to the question in front of them. */
export function speaksOfAPick(content: ContentCatalog, text: string): boolean {
  const plain = straightApostrophes(text);
  return patterns(content).pickedWrong.some((p) => p.test(plain));
}
