import { describe, expect, it } from 'vitest';
import { screenForCrisis, screenPatterns } from '../../src/safety/crisis-screen.js';

/**
 * The fifth round on the patterns' own false alarms (docs/crisis-screen.md): ordinary school talk
 * the rules answered with the crisis reply itself. Each change has a near-miss written for this
 * test (the patterns fired on it before the round) and a risk message in the same words that
 * must still get the crisis reply. None of these is a training message.
 */
const PAIRS: ReadonlyArray<readonly [change: string, nearMiss: string, risk: string]> = [
  ['"sooner die than" a chore', "he'd sooner die than wear his PE kit, honestly teenagers", "he said he'd sooner die than go back to that school"],
  ['"rather die than" a performance', "she'd rather die than do the spelling presentation in front of the class lol", "she'd rather be dead than live like this, she told me last night"],
  ['"rather die than" reading aloud', "he'd rather die than read out loud in English, can they stop picking him", "my son says he would rather die than keep going"],
  ['dying on a hill', 'the deputy head clearly wants to die on that hill over coats in the corridor', 'she told me she wants to die'],
  ['not waking up before the alarm', "he prays he won't wake up until noon on Saturdays, typical teenager", "she prays she won't wake up in the morning"],
  ['not waking up until a time of day', "she'd happily sleep and never wake up before ten on a Sunday if we let her", 'I just want to go to sleep and never wake up until all of this is over'],
  ['fine once the parent has gone', "she's fine once I'm gone, the teacher says, it's the drop-off that's hard", "honestly everyone will be better once I'm gone"],
  ['cuts to provision', "they're cutting her speech therapy sessions next term", "she's been cutting her arms again"],
  ['cutting someone out', 'my ex keeps cutting me out of the school emails', "he's cutting himself during lunch breaks"],
  ['cutting holes', "he's cutting holes in his jumper sleeves for his thumbs", 'my son has been cutting'],
  ['outgrown things given away', "he's giving away all his games because he says he's too old for them", "he's been giving away all his games and says he won't need them"],
  ['goodbye forever to a school', 'he shouted goodbye forever to the old school building on his last day, grinning', 'she texted her friends goodbye forever last night'],
  ['goodbyes in class before a move', 'the supply teacher is leaving so he said goodbye to everyone in his class', "he's been saying goodbye to everyone like he won't see them again"],
  ['a goodbye message when a family moves', 'her best friend sent a goodbye video because her family is moving to Canada', 'he wrote goodbye letters to each of us and hid them in his drawer'],
  ['"bye everyone" before a break', "she posted bye everyone on her story because she's taking a break from social media for exams", 'he posted bye everyone on his story and turned his phone off'],
  ['itchy skin', 'she scratches her arms because of the eczema on bad nights', "she scratches her arms until they bleed when she's upset"],
  ['a loose tooth', 'she pulled her loose tooth out at lunch and it bled a bit', 'she picks at her skin until it bleeds'],
  ['paperwork not back', "the EHCP draft still hasn't come back from the council", "my son hasn't come home all night and his phone is off"],
  ['the warning on a packet', 'the overdose warning on the paracetamol packet worries me with a toddler in the house', 'she took an overdose last night'],
  ['an outing to a named place', 'she wants to walk to the canal cafe for lunch on Saturday', 'he walked to the railway bridge and stood there for an hour'],
  ['gone for good from a school', 'she wants to be gone for good from that PRU and start college', 'he said he wants to be gone for good'],
  ['a plan the school wrote', 'he has a plan they wrote at the annual review but nobody follows it', 'she has a plan and has picked a date'],
  ['a plan for another school', 'she has a plan she wants to do the college course instead of sixth form', 'he has a plan. he has been looking at the bridge'],
  ['affairs in order for a move', "I'm putting her affairs in order before the move to college", "she's been putting her affairs in order and giving her things away"],
  ['wearing oneself out', "my sister says I'm killing myself driving between the school and the office every day", "my sister says I'm killing myself and she's right, I've thought about how"],
  ['school as a burden', "she says homework is a burden she can't carry on top of everything", 'she says she is a burden to everyone'],
];

describe('crisis patterns: the fifth round on their false alarms', () => {
  it.each(PAIRS)('%s: the near-miss gets no pattern and no crisis reply', (_change, nearMiss) => {
    expect(screenPatterns(nearMiss).tier).toBe('none');
    expect(screenForCrisis(nearMiss).tier).not.toBe('clear');
  });

  it.each(PAIRS)('%s: the risk message in the same words still gets the crisis reply', (_change, _nearMiss, risk) => {
    expect(screenPatterns(risk).tier).toBe('clear');
    expect(screenForCrisis(risk).tier).toBe('clear');
  });
});
