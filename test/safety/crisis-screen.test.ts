import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { screenForCrisis, type CrisisKind } from '../../src/safety/crisis-screen.js';

const KINDS: readonly CrisisKind[] = ['child_self_harm', 'abuse', 'parent_crisis', 'danger'];

/** Messages that must raise the alarm, and the kind each one is. */
const POSITIVES: ReadonlyArray<readonly [string, CrisisKind]> = [
  // The child: direct, indirect, reported, quoted
  ["she said she wishes she wasn't here anymore", 'child_self_harm'],
  ["he's been cutting his arms", 'child_self_harm'],
  ['found marks on her wrists', 'child_self_harm'],
  ['he said everyone would be better off without him', 'child_self_harm'],
  ['My son told me he wants to kill himself', 'child_self_harm'],
  ['she said "I just want to die" and slammed the door', 'child_self_harm'],
  ['He keeps saying there’s no point living', 'child_self_harm'],
  ['my daughter has been self-harming since year 9', 'child_self_harm'],
  ["i think she's self harming, she wears long sleeves all the time", 'child_self_harm'],
  ["he's been hurting himself", 'child_self_harm'],
  ['she tried to hang herself last month', 'child_self_harm'],
  ['I found razor blades hidden in her pencil case', 'child_self_harm'],
  ["she's been cutting again", 'child_self_harm'],
  ['he texted his friend that he wants to end his life', 'child_self_harm'],
  ['he says hed rather be dead than go back to that school', 'child_self_harm'],
  ["i'm so worried he's suicidal", 'child_self_harm'],
  ['i have a suicidal daughter and the school wont listen', 'child_self_harm'],
  ['she googled how to kill yourself', 'child_self_harm'],
  ['he wrote a suicide note', 'child_self_harm'],
  ['the kids at school told him to kys', 'child_self_harm'],
  ['she said she wants to unalive herself', 'child_self_harm'],
  ['my son wants to die', 'child_self_harm'],
  ['SHE SAID SHE WANTS TO DIEEEE', 'child_self_harm'],
  ['she cut her thighs with a pencil sharpener blade', 'child_self_harm'],
  ['he tried to overdose in the summer', 'child_self_harm'],
  ['he keeps banging his head against the wall when we mention school', 'child_self_harm'],
  ['he says he wants to go to sleep and never wake up', 'child_self_harm'],
  ['my son is sucidal', 'child_self_harm'],
  ['he told his teacher i wanna kms', 'child_self_harm'],
  ['she said she cant keep herself safe', 'child_self_harm'],
  // Abuse of the child
  ['her stepdad hits her', 'abuse'],
  ["he's scared to go home", 'abuse'],
  ['told me someone touched him', 'abuse'],
  ['his dad has been beating him', 'abuse'],
  ['a man touched her inappropriately on the bus', 'abuse'],
  ['i think she is being groomed online', 'abuse'],
  ["she's terrified of her step-dad", 'abuse'],
  ['her mums boyfriend used to hit her', 'abuse'],
  ['the teacher slapped him in the face', 'abuse'],
  ['someone asked her for nudes on snapchat', 'abuse'],
  ['he was sexually abused by a coach', 'abuse'],
  ['he is scarred to go home', 'abuse'],
  // The parent in crisis
  ["I can't do this anymore, I don't want to be alive", 'parent_crisis'],
  ["honestly i'm suicidal", 'parent_crisis'],
  ["I can't keep myself safe tonight", 'parent_crisis'],
  ['everyone would be better off without me', 'parent_crisis'],
  ['i want to kill myself', 'parent_crisis'],
  ['I have been thinking about ending it all', 'parent_crisis'],
  ['I feel like there is no reason to live', 'parent_crisis'],
  ['im done. i want to die', 'parent_crisis'],
  ['my son is fine but i want to die', 'parent_crisis'],
  ['i wish i was dead', 'parent_crisis'],
  ['dont wanna be alive anymore tbh', 'parent_crisis'],
  ['Im going to kill my self', 'parent_crisis'],
  // Immediate danger
  ['took a load of pills', 'danger'],
  ['she has taken an overdose', 'danger'],
  ['he swallowed 20 paracetamol', 'danger'],
  ['he took loads of tabs and wont talk to me', 'danger'],
  ["he's got a knife and says he's going to use it", 'danger'],
  ['she is standing on the edge of the bridge', 'danger'],
  ['he threatened to kill me', 'danger'],
  ['my husband hits me', 'danger'],
  ['she has gone missing and her phone is off', 'danger'],
  ["i'm scared i'll hurt him", 'danger'],
  ['she is going to kill herself tonight', 'danger'],
  ["we're not safe at home", 'danger'],
];

/** Everyday idioms and school talk that must stay quiet. */
const NEGATIVES: readonly string[] = [
  'this is killing me',
  'I could die of embarrassment',
  "I'm dying to know what the head said",
  "he'd kill me if I told the teacher",
  'the commute is murder',
  "I'm at the end of my rope with this school",
  'can you shoot me an email about the meeting?',
  'she said she’ll shoot me an email',
  "she's been cutting class",
  'he keeps cutting lessons on fridays',
  'they cut his hours at the cafe',
  'he hit a wall with maths',
  'the meeting was a car crash',
  "she's been hitting the books",
  'the new SENCo is drop dead gorgeous apparently',
  'I wanted the ground to swallow me up',
  'my feet are killing me after the school run',
  "he's killing it at football",
  'I want to die of embarrassment every time they call',
  "I'm at the end of my tether with the council",
  "he's scared to go to school",
  "she's scared of her maths teacher",
  "she doesn't want to be at school",
  "he doesn't want to live with his dad",
  'he hurt himself playing football at break',
  'she cut herself a slice of cake',
  "he's in danger of being excluded",
  'the head hit the roof when he saw the letter',
  'his dad hit the roof',
  'the teacher kicked him out of class',
  'the school hit us with a fine',
  'she touched base with the school on monday',
  'he took his meds this morning without a fuss',
  "he can't use a knife and fork yet",
  "she's cutting down on screen time",
  "he's missing so much school",
  'we watched Suicide Squad last night',
  "I'm killing myself trying to get him through the door",
  'I nearly died when I read the report',
  'she is scared of her dad finding out',
  "he won't wake up for school",
  'the teacher hurt her feelings',
  'the deadline is killing us',
  'he overdoes it on the xbox',
  'she was bored to death in assembly',
  'my mum will kill me if I miss the bus',
  'the school said it would be better off without the extra paperwork',
  "I feel like I'm banging my head against a brick wall",
];

describe('screenForCrisis: messages that must raise the alarm', () => {
  it('has enough cases for every kind', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    for (const kind of KINDS) expect(POSITIVES.some(([, k]) => k === kind)).toBe(true);
  });

  it.each(POSITIVES)('%s → %s', (text, kind) => {
    expect(screenForCrisis(text)).toMatchObject({ tier: 'clear', kind });
  });

  it('finds a crisis line inside a longer, ordinary message', () => {
    const text =
      'We had the meeting with the head today and it went badly again. They say his attendance is 40%. ' +
      'On the way home he said he wishes he was dead. I do not know what to do next.';
    expect(screenForCrisis(text)).toMatchObject({ tier: 'clear', kind: 'child_self_harm' });
  });

  it('finds a crisis line at the end of a very long paste', () => {
    const text = 'The school wrote to us again about attendance. '.repeat(2_000) + 'I took a load of pills.';
    expect(screenForCrisis(text)).toMatchObject({ tier: 'clear', kind: 'danger' });
  });
});

describe('screenForCrisis: idioms and school talk that must stay quiet', () => {
  it('has enough cases', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NEGATIVES)('%s', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  // Said alone, with nothing it is about, the phrase is despair as often as exasperation: the
  // training writers label it both ways (crisis-train-zr and -zv: possible despair). A gentle
  // question is allowed there; the crisis reply is not.
  it('"at the end of my tether" alone may ask, never gives the crisis reply', () => {
    for (const text of ["I'm at the end of my tether", 'at the end of my tether']) expect(['none', 'possible']).toContain(screenForCrisis(text).tier);
  });
});

describe('screenForCrisis: odd input never throws', () => {
  const odd: ReadonlyArray<readonly [string, string]> = [
    ['empty', ''],
    ['spaces only', '   \n\t  '],
    ['emoji only', '😭😭😭💀🙏🏽👨‍👩‍👧'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u200b\u200d\ufeff'],
    ['lone surrogates', '\ud800\udfff\udc00'],
    ['right-to-left marks', '\u202e\u202d\u2066hello\u2069'],
    ['other scripts', 'Привет, 你好, مرحبا'],
    ['punctuation storm', '!?.,;:'.repeat(5_000)],
    ['one long word', 'a'.repeat(100_000)],
  ];

  it.each(odd)('%s', (_, text) => {
    expect(() => screenForCrisis(text)).not.toThrow();
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it('is not fooled into a crisis by emoji and control characters around a normal message', () => {
    expect(screenForCrisis('😩\u0000 the meeting\u200b was a car crash \u0007🙈').tier).toBe('none');
  });

  it('still sees a crisis through emoji, control characters and curly quotes', () => {
    expect(screenForCrisis('😢 she said \u201cI want to die\u201d\u0000')).toMatchObject({ tier: 'clear', kind: 'child_self_harm' });
  });

  it('does not throw on input that is not a string at run time', () => {
    const notText: unknown[] = [undefined, null, 42, {}, []];
    for (const value of notText) {
      expect(() => screenForCrisis(value as string)).not.toThrow();
      expect(screenForCrisis(value as string).tier).toBe('none');
    }
  });

  it('stays fast on huge and adversarial input', () => {
    const inputs = [
      'x'.repeat(1_000_000),
      'he said '.repeat(200_000),
      'she is '.repeat(200_000),
      'cutting '.repeat(200_000),
      'his dad has has has has '.repeat(50_000),
      'i '.repeat(500_000),
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.repeat(30_000),
    ];
    // No timed assertion: a catastrophic regex would take minutes and trip the test timeout.
    for (const text of inputs) expect(() => screenForCrisis(text)).not.toThrow();
  });
});

describe('content/prompts/safety.yaml', () => {
  const file = fileURLToPath(new URL('../../content/prompts/safety.yaml', import.meta.url));
  const data: unknown = parse(readFileSync(file, 'utf8'));
  const entries = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;

  const texts = (key: string): string[] => {
    const entry = entries[key];
    if (typeof entry === 'string') return [entry];
    if (typeof entry === 'object' && entry !== null && 'variants' in entry && Array.isArray(entry.variants)) {
      return entry.variants.filter((v): v is string => typeof v === 'string');
    }
    return [];
  };

  it.each(KINDS)('safety.crisis.%s exists and gives 988, 116 123, Childline and the emergency numbers', (kind) => {
    const variants = texts(`safety.crisis.${kind}`);
    expect(variants.length).toBeGreaterThan(0);
    for (const text of variants) {
      expect(text).toMatch(/call or text 988/);
      expect(text).toContain('116 123');
      expect(text).toContain('Childline on 0800 1111');
      expect(text).toContain('If someone is in danger now, call 911 (US) or 999 (UK)');
      expect(text.toLowerCase()).toContain('whenever you');
    }
  });

  it('has the button label and the safety question with its two answers', () => {
    expect(texts('safety.choice.continue-later')).not.toHaveLength(0);
    expect(texts('safety.check.question').join(' ')).toContain('are you or your child safe right now?');
    expect(texts('safety.check.choice.safe')).toEqual(["Yes, we're safe"]);
    expect(texts('safety.check.choice.not-sure')).toEqual(["No, or I'm not sure"]);
  });

  it('gives the child-protection lines where a child is being hurt', () => {
    for (const key of ['safety.crisis.abuse', 'safety.crisis.danger']) {
      for (const text of texts(key)) {
        expect(text).toContain('1-800-422-4453');
        expect(text).toContain('0808 800 5000');
      }
    }
  });
});

describe('screenForCrisis is stateless across calls', () => {
  it('gives the same answer however calls are interleaved (shared global regexes)', () => {
    const crisis = 'last night she told me she wants to kill herself';
    const idiom = 'honestly this school is killing me';
    const results = [crisis, idiom, crisis, crisis, idiom, `${idiom}. ${crisis}`].map((t) => {
      const s = screenForCrisis(t);
      return s.tier === 'none' ? null : s.kind;
    });
    expect(results).toEqual(['child_self_harm', null, 'child_self_harm', 'child_self_harm', null, 'child_self_harm']);
  });
});
