/**
 * The case profile, asked once per case (triage hands over here when the case has none) and
 * again on "change profile": where the family is, the child's plan, age or school year, and
 * pronouns (not asked when the age answer already used them: "He's 8, year 4"); on a change, the name letters use for the child too, once it has been given (it is
 * first asked before a letter: letter-facts-states.ts). Saved as the case's `case.profile` note; then on to the flow that was waiting.
 */
import { assign, setup } from 'xstate';
import { namesAnAdult } from './school-words.js';
import {
  answerOf,
  clip,
  effects,
  type AskParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  partRead,
  typedWithoutWords,
} from '../../src/core/flow-kit.js';
import {
  PLACES,
  PLANS,
  PLANS_BY_PLACE,
  PROFILE_TOPIC,
  PRONOUNS,
  parseProfile,
  profileText,
  type CaseProfile,
  type Place,
  type Plan,
  type Pronoun,
} from '../../src/features/advice/profile.js';
import { typedName, typedSentence } from './letter-facts-states.js';
import { ageNotPlan, ageWordsOf, childSpokenOf, namesACountry, placeFromWords, planFromWords, pronounFromWords, pronounHeard } from './profile-words.js';

interface Ctx {
  place: Place | '';
  region: string;
  plan: Plan | '';
  age: string;
  pronouns: Pronoun | '';
  /** The child's name as the school knows it, for letters ('' until a letter asked). */
  schoolName: string;
  /** 'yes' when the age came a question early, at the plan question: not asked again. */
  ageHeard?: string;
  /** 'yes' when the place came from another child's profile (a second child: not asked again). */
  placeFromFamily?: string;
  /** That child's nickname, to say where the place came from. */
  familyChild?: string;
  /** 'yes' when the parent asked to change a profile already given ("change profile"). */
  changing?: string;
  /** 'she' or 'he' when the parent's words spoke of "my daughter" or "my son": offered first (W20-4). */
  spokenOf?: 'she' | 'he';
  /** The flow waiting for the profile, and its input. */
  then: string;
  thenInput: Record<string, unknown>;
}

function isPlace(id: string): id is Place {
  return (PLACES as readonly string[]).includes(id);
}
function isPlan(id: string): id is Plan {
  return (PLANS as readonly string[]).includes(id);
}
function isPronoun(id: string): id is Pronoun {
  return (PRONOUNS as readonly string[]).includes(id);
}

function placeParams(): AskParams {
  return { key: 'profile.ask-place', choices: PLACES.map((p) => ({ id: p, key: `profile.place.${p}` })), freeText: true };
}

function planParams({ context }: { context: Ctx }): AskParams {
  const plans = PLANS_BY_PLACE[context.place || 'elsewhere'];
  return { key: 'profile.ask-plan', choices: plans.map((p) => ({ id: p, key: `profile.plan.${p}` })), freeText: true };
}

const regionParams: AskParams = { key: 'profile.ask-region', choices: [{ id: 'skip', key: 'profile.choice.skip' }], freeText: true };
const ageParams: AskParams = { key: 'profile.ask-age', choices: [{ id: 'skip', key: 'profile.choice.skip' }], freeText: true };
/** Asked with the pronouns "my daughter" or "my son" spoke of offered first, saying why (W20-4); else as listed. */
function pronounParams({ context }: { context: Ctx }): AskParams {
  const heard = context.spokenOf;
  const order = heard ? [heard, ...PRONOUNS.filter((p) => p !== heard)] : PRONOUNS;
  return { key: heard ? `profile.ask-pronouns.heard-${heard}` : 'profile.ask-pronouns', choices: order.map((p) => ({ id: p, key: `profile.pronouns.${p}` })), freeText: true };
}

/** The parent's words the profile is given (the school's words told, what was asked for), as strings. */
function wordsGiven(input: FlowInput): string[] {
  const then = typeof input.thenInput === 'object' && input.thenInput !== null ? (input.thenInput as Record<string, unknown>) : {};
  return [then['statement'], then['request']].filter((w): w is string => typeof w === 'string');
}

function schoolNameParams({ context }: { context: Ctx }): AskParams {
  const name = context.schoolName;
  return { key: 'profile.ask-school-name', vars: { name }, choices: [{ id: 'keep', key: 'profile.choice.keep-school-name', vars: { name } }], freeText: true };
}

/** A name typed for letters, as a name ("isabel barker" as "Isabel Barker"); the one kept when the parent taps Keep. */
function schoolNameOf(context: Ctx, event: FlowEvent): string {
  return (event.type === 'TEXT' ? typedName(event.text) : '') || context.schoolName;
}

function profileOf(context: Ctx): CaseProfile {
  return {
    place: context.place || 'elsewhere',
    plan: context.plan || 'other',
    pronouns: context.pronouns || 'they',
    ...(context.region ? { region: context.region } : {}),
    ...(context.age ? { age: context.age } : {}),
    ...(context.schoolName ? { schoolName: context.schoolName } : {}),
  };
}

/** The effect's no-op implementation: the engine interprets it (src/features/advice/profile-summary.ts). */
const sayProfile = (_: unknown, _params: CaseProfile) => {};

function profileNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: PROFILE_TOPIC, text: profileText(profileOf(context)) };
}

function savedParams({ context }: { context: Ctx }) {
  return { key: `profile.saved.${context.place || 'elsewhere'}` };
}

function onward({ context }: { context: Ctx }): FlowOutput {
  if (!context.then) return {};
  return { next: context.then, input: { ...context.thenInput, profile: profileOf(context) } };
}

/** Another child's place (`input.familyPlace`), when it is one of ours. */
function familyPlace(value: unknown): { place: Place; region: string; child: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.place !== 'string' || !isPlace(v.place)) return undefined;
  return { place: v.place, region: typeof v.region === 'string' ? v.region : '', child: typeof v.child === 'string' ? v.child : '' };
}

function placeOf(event: FlowEvent): { place: Place | ''; region: string } {
  const answer = answerOf(event);
  if (event.type === 'CHOICE') return { place: isPlace(answer) ? answer : '', region: '' };
  const found = placeFromWords(answer);
  return found ? { place: found.place, region: found.region ?? '' } : { place: '', region: '' };
}

/** The age read from a typed answer: its numbers and year words restate it; anything else it says is kept (W20-3). */
const ageRead = partRead({ restates: ageWordsOf });

export const profileMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    sayProfile,
    setPlace: assign(({ event }) => placeOf(event as FlowEvent)),
    setRegion: assign({ region: ({ event }) => (event.type === 'TEXT' ? clip(event.text, 60) : '') }),
    setPlan: assign({
      plan: ({ event }) => {
        const e = event as FlowEvent;
        const a = answerOf(e);
        return e.type === 'CHOICE' ? (isPlan(a) ? a : 'other') : planFromWords(a);
      },
    }),
    markAgeHeard: assign({ ageHeard: 'yes' }),
    setSchoolName: assign({ schoolName: ({ context, event }) => schoolNameOf(context, event as FlowEvent) }),
    setAge: assign({ age: ({ event }) => (event.type === 'TEXT' ? clip(event.text, 40) : '') }),
    // "He's 8, year 4": the pronouns the age answer used are noted, and read back with the profile.
    setHeardPronouns: assign({ pronouns: ({ context, event }) => (event.type === 'TEXT' ? pronounHeard(event.text) : null) ?? context.pronouns }),
    setPronouns: assign({
      pronouns: ({ event }) => {
        const e = event as FlowEvent;
        const a = answerOf(e);
        return e.type === 'CHOICE' ? (isPronoun(a) ? a : 'they') : pronounFromWords(a);
      },
    }),
  },
  guards: {
    knownPlace: ({ event }) => placeOf(event as FlowEvent).place !== '',
    namesAnotherPlace: ({ event }) => event.type === 'TEXT' && namesACountry(event.text) && !['', 'us'].includes(placeOf(event).place),
    needsRegion: ({ context }) => context.place === 'us' && context.region === '',
    hasSchoolName: ({ context }) => context.schoolName !== '',
    namesAnAdult: ({ event }) => event.type === 'TEXT' && namesAnAdult(event.text),
    typedNoName: ({ event }) => typedWithoutWords(event as FlowEvent),
    typedSentence: ({ event }) => event.type === 'TEXT' && typedSentence(event.text),
    // A state has a name: "2" or "?" typed there is not one.
    namesRegion: ({ event }) => event.type === 'TEXT' && !typedWithoutWords(event),
    saysPronouns: ({ event }) => event.type === 'TEXT' && pronounHeard(event.text) !== null,
    saysAgeNotPlan: ({ event }) => event.type === 'TEXT' && ageNotPlan(event.text),
    ageHeard: ({ context }) => context.ageHeard === 'yes',
    placeFromFamily: ({ context }) => context.placeFromFamily === 'yes',
    ageAndPronounsHeard: ({ context }) => context.ageHeard === 'yes' && context.pronouns !== '',
  },
}).createMachine({
  id: 'profile',
  context: ({ input }) => {
    const before = parseProfile(input.profile);
    const family = before ? undefined : familyPlace(input.familyPlace);
    const spokenOf = childSpokenOf(wordsGiven(input));
    return {
      place: before?.place ?? family?.place ?? '',
      region: before?.region ?? family?.region ?? '',
      ...(family ? { placeFromFamily: 'yes', familyChild: family.child } : {}),
      ...(before ? { changing: 'yes' } : {}),
      plan: before?.plan ?? '',
      age: before?.age ?? '',
      pronouns: before?.pronouns ?? '',
      schoolName: before?.schoolName ?? '',
      ...(spokenOf ? { spokenOf } : {}),
      then: typeof input.then === 'string' ? input.then : '',
      thenInput: typeof input.thenInput === 'object' && input.thenInput !== null ? (input.thenInput as Record<string, unknown>) : {},
    };
  },
  initial: 'start',
  states: {
    start: {
      always: [
        {
          guard: 'placeFromFamily',
          target: 'checkRegion',
          actions: [{ type: 'say', params: introKey }, { type: 'say', params: ({ context }: { context: Ctx }) => ({ key: 'profile.place-from-family', vars: { child: context.familyChild ?? '' } }) }],
        },
        { target: 'place', actions: { type: 'say', params: introKey } },
      ],
    },
    place: {
      // The introduction is said once, on the way in (start), not again with a place it could not read.
      entry: { type: 'ask', params: placeParams },
      on: {
        CHOICE: { target: 'checkRegion', actions: 'setPlace' },
        TEXT: [
          // Read for the place only: what else the answer says is the engine's to keep (W20-3, src/core/added-words.ts).
          { guard: 'knownPlace', target: 'checkRegion', actions: ['setPlace', { type: 'readPart', params: partRead() }] },
          { target: 'place', reenter: true, actions: { type: 'say', params: { key: 'profile.place-unknown' } } },
        ],
      },
    },
    checkRegion: { always: [{ guard: 'needsRegion', target: 'region' }, { target: 'plan' }] },
    region: {
      entry: { type: 'ask', params: regionParams },
      on: {
        TEXT: [
          // "england" after "United States" by mistake: that place, said back, and its own questions.
          { guard: 'namesAnotherPlace', target: 'plan', actions: ['setPlace', { type: 'say', params: { key: 'profile.place-changed' } }] },
          { guard: 'namesRegion', target: 'plan', actions: 'setRegion' },
          { target: 'region', reenter: true, actions: { type: 'say', params: { key: 'profile.region-needs-words' } } },
        ],
        CHOICE: 'plan',
      },
    },
    plan: {
      entry: { type: 'ask', params: planParams },
      on: {
        CHOICE: { target: 'checkAge', actions: 'setPlan' },
        TEXT: [
          // "hes 11 p7": the age, a question early. Kept as the age; the plan asked again.
          { guard: 'saysAgeNotPlan', target: 'plan', reenter: true, actions: ['setAge', 'setHeardPronouns', 'markAgeHeard', { type: 'say', params: { key: 'profile.age-at-plan' } }] },
          // "no plan, we asked for an assessment in september and heard nothing": No plan, the rest kept (W20-3).
          { target: 'checkAge', actions: ['setPlan', { type: 'readPart', params: partRead() }] },
        ],
      },
    },
    checkAge: {
      always: [
        { guard: 'ageAndPronounsHeard', target: 'checkSchoolName' },
        { guard: 'ageHeard', target: 'pronouns' },
        { target: 'age' },
      ],
    },
    age: {
      entry: { type: 'ask', params: ageParams },
      on: {
        TEXT: [
          // Not asked what the answer already said; the read-back shows it, and "change profile" changes it.
          { guard: 'saysPronouns', target: 'checkSchoolName', actions: ['setAge', 'setHeardPronouns', { type: 'readPart', params: ageRead }] },
          { target: 'pronouns', actions: ['setAge', { type: 'readPart', params: ageRead }] },
        ],
        CHOICE: { target: 'pronouns', actions: 'setAge' },
      },
    },
    pronouns: {
      entry: { type: 'ask', params: pronounParams },
      on: { CHOICE: { target: 'checkSchoolName', actions: 'setPronouns' }, TEXT: { target: 'checkSchoolName', actions: 'setPronouns' } },
    },
    // Editable once given: a change of profile shows the name letters use, to keep or retype.
    checkSchoolName: { always: [{ guard: 'hasSchoolName', target: 'schoolName' }, { target: 'save' }] },
    schoolName: {
      entry: { type: 'ask', params: schoolNameParams },
      on: {
        CHOICE: { target: 'save', actions: 'setSchoolName' },
        TEXT: [
          { guard: 'namesAnAdult', target: 'schoolName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-titled' } } },
          { guard: 'typedNoName', target: 'schoolName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-needed' } } },
          { guard: 'typedSentence', target: 'schoolName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-sentence' } } },
          { target: 'save', actions: 'setSchoolName' },
        ],
      },
    },
    save: {
      entry: [{ type: 'note', params: profileNote }, { type: 'sayProfile', params: ({ context }) => profileOf(context) }, { type: 'say', params: savedParams }],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: onward,
});


/** The introduction: "a few questions, asked once for this case", or, asked to change them, that answers are kept until changed. */
function introKey({ context }: { context: Ctx }): { key: string } {
  return { key: context.changing ? 'profile.intro-change' : 'profile.intro' };
}

export const profileFlow: FlowDef = {
  id: 'profile',
  // 2: a change of profile asks for the name letters use (`schoolName`).
  version: 2,
  machine: profileMachine,
  keys: [
    'profile.intro',
    'profile.intro-change',
    'profile.ask-place',
    ...PLACES.map((p) => `profile.place.${p}`),
    'profile.place-unknown',
    'profile.place-from-family',
    'profile.ask-region',
    'profile.region-needs-words',
    'profile.place-changed',
    'profile.choice.skip',
    'profile.choice.skip.also',
    'profile.ask-plan',
    ...PLANS.map((p) => `profile.plan.${p}`),
    'profile.ask-age',
    'profile.age-at-plan',
    'profile.ask-pronouns',
    'profile.ask-pronouns.heard-she',
    'profile.ask-pronouns.heard-he',
    ...PRONOUNS.map((p) => `profile.pronouns.${p}`),
    'profile.ask-school-name',
    'facts.child-name-titled',
    'facts.child-name-needed',
    'facts.child-name-sentence',
    'profile.choice.keep-school-name',
    ...PLACES.map((p) => `profile.saved.${p}`),
  ],
};
