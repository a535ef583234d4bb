/**
 * review20 R4: a question to me is sent to triage as the school's only when it names the school or
 * a role, or holds a refusal by someone other than the parent. "they/them" alone, or the parent's
 * own "don't" and "not", decide nothing: the question is kept in their words and the parent is
 * offered the choice ("It's about what the school said or did" / "It's what the school said" /
 * "Just keep it"). By the rule, the menu's state, its question and the notes.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { ownTalkOf } from '../../../flows/advice/own-talk.js';
import { homeMachine } from '../../../flows/advice/home.flow.js';
import { ofType, replay, text } from '../flow-paths.js';

const MINE = ['can they see what i write on here?', "how do i stop the reminders, i don't want them every day", "how do i change my child's name, it's not right"];

describe('a question to me about the bot (review20 R4)', () => {
  it.each(MINE)('"%s" is a question to me', (typed) => {
    expect(ownTalkOf(typed)).toBe('question');
  });

  it.each(MINE)('"%s" at the menu: kept as theirs, and the choice offered, not triage', (typed) => {
    const r = replay(homeMachine, {}, [text(typed)]);
    expect(r.final.value).toBe('ownTalk');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'parent_words', topic: 'home.own-words', text: typed, caseless: true }));
    const q = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(q?.key).toBe('home.own-talk.question');
    expect(q?.choices?.map((c) => c.id)).toEqual(['about', 'theirs', 'keep']);
  });

  it.each([
    "can you help, they won't let him have a quiet room at break",
    'is there anything i can do, no part time timetable because of staffing',
    'what can i do, the head refused a later start',
    'how do i appeal, they turned the request down last week',
    'should i push back? they are not prepared to offer a reduced timetable',
  ])('a refusal by someone else still goes to triage: "%s"', (typed) => {
    expect(ownTalkOf(typed)).toBeUndefined();
  });
});
