/** One of the twelve situations: what a parent types and what the conversation and letter must show. */
import type { Category } from '../../../../src/core/types.js';
import type { Place, Plan, Pronoun } from '../../../../src/features/advice/profile.js';

export interface Situation {
  id: string;
  title: string;
  /** The kind of "no" the school's words are. */
  kind: Category;
  /** The situation behind it ('none': the kind's own flow). */
  situation: 'not-delivered' | 'no-assessment' | 'need-disputed' | 'attendance' | 'none';
  place: Place;
  plan: Plan;
  pronouns: Pronoun;
  /** The age answer already uses the pronouns ("he is 10"): the pronoun question is not asked. */
  pronounsHeard?: true;
  /** What the parent types, in order. */
  says: string[];
  /** The school's words clearly point to the situation: it is confirmed ("It sounds like…"), not asked from the list. */
  confirmsSituation?: true;
  /** How triage goes: the speaker the statement names confirmed or asked for; the kind confirmed or picked. */
  triage: { who: 'confirm' | 'ask'; kind: 'confirm' | 'pick' };
  /** The questions after "which of these is closest?", in order (content keys), as the conversation should go. */
  asks: string[];
  letter: {
    /** Its content key (`letter.<template>`). */
    key: string;
    greeting: string;
    /** Facts the parent gave that the letter must carry, as the letter writes them. */
    carries: string[];
  };
  /** The child's name as the school knows it, as the letters write it at its first mention (the parent typed it, or kept the nickname). */
  child: string;
  /** The name the letters are signed with, as the parent gave it (written as a name). */
  signs: string;
  /** The advice this situation must get (content keys), beyond the letter. */
  advice: string[];
}
