/**
 * "Which child…?" asked as buttons, one per child (`child:<i>`, labelled by nickname), and the
 * child a tap chose: shared by "what do I say next?"'s question (which-child.flow.ts) and "whose
 * school replied?" (follow-up.flow.ts). Each lists its own children and goes on its own way.
 */
import { answerOf, type ChoiceRef, type FlowEvent } from '../../src/core/flow-kit.js';

/** One button per child, in the order given: `child:0`, `child:1`…, each `key` with the child's `nickname`. */
export function childButtons(key: string, nicknames: readonly string[]): ChoiceRef[] {
  return nicknames.map((nickname, i) => ({ id: `child:${i}`, key, vars: { nickname } }));
}

/** The entry of `listed` the tapped `child:<i>` button stands for; undefined for anything else. */
export function chosenChild<T>(listed: readonly T[], event: FlowEvent): T | undefined {
  const m = /^child:(\d+)$/.exec(answerOf(event));
  return m ? listed[Number(m[1])] : undefined;
}
