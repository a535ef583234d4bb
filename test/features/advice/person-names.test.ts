/**
 * Names are the parent's to give (the eleventh walk, W11-2): accents in any script, apostrophes
 * and hyphens, and the small words that belong to a surname are kept as typed, wherever a
 * person's name is read: the letter's greeting, a name typed at "who is it to?", the person a
 * statement names (offered at "Who said it?"), a pasted email's signature.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { greetingName } from '../../../src/features/advice/letter-facts.js';
import { plainName } from '../../../src/features/advice/person-names.js';
import { isOnlyATitledName, namesAnAdult, nicknameFrom, speakerOf } from '../../../flows/advice/school-words.js';
import { whoParams } from '../../../flows/advice/triage-questions.js';
import type { TriageCtx } from '../../../flows/advice/triage-questions.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { answerBeforeLetter } from '../../support/letter-questions.js';

describe('the name a letter greets', () => {
  it.each([
    // The walk's names.
    ['Ms Nguyễn', 'Ms Nguyễn'],
    ['Mrs Müller', 'Mrs Müller'],
    ['Mr Ó Briain', 'Mr Ó Briain'],
    ['Mr O Briain', 'Mr O Briain'],
    ['Ms van der Berg', 'Ms van der Berg'],
    ['Mr De Souza', 'Mr De Souza'],
    ['Ms St John', 'Ms St John'],
    ['Mrs Mac Giolla Phádraig', 'Mrs Mac Giolla Phádraig'],
    ['Ms Zoë Clarke', 'Ms Clarke'],
    // Written the same way, composed or not (NFD: e, then the accents).
    ['Ms Nguye\u0302\u0303n', 'Ms Nguyễn'],
    // Particles after a first name, and as the whole surname.
    ['Ms Anna van der Berg', 'Ms van der Berg'],
    ['Dr Pieter de Vries', 'Dr de Vries'],
    ['Mr Da Silva told me no', 'Mr Da Silva'],
    ['Ms Le said no', 'Ms Le'],
    ['Mr St. Clair', 'Mr St. Clair'],
    ['Ms Ní Bhriain', 'Ms Ní Bhriain'],
    ['Mr ap Rhys', 'Mr ap Rhys'],
    ['Mr al-Amin', 'Mr al-Amin'],
    ['Mrs Cole la la', 'Mrs Cole'],
    // Apostrophes (straight or curly) and hyphens.
    ["Mr O'Neill", "Mr O'Neill"],
    ['Mr O’Connor', 'Mr O’Connor'],
    ["Ms D'Souza", "Ms D'Souza"],
    ['Mrs Smith-Jones', 'Mrs Smith-Jones'],
    ['Mrs Łukasiewicz-Nowak', 'Mrs Łukasiewicz-Nowak'],
    ['Mr Øverby', 'Mr Øverby'],
    ['Ms Çelik', 'Ms Çelik'],
    ['Mx Ødegård', 'Mx Ødegård'],
    ['Prof. Şahin', 'Prof Şahin'],
    // Typed in lower case: the first letter of the name (and an Irish particle's) made a capital, the rest as typed.
    ['mr o briain', 'Mr O Briain'],
    ['ms van der berg', 'Ms van der Berg'],
    ['mr de souza', 'Mr de Souza'],
    ['ms le said no', 'Ms Le'],
    ['mrs mcleod', 'Mrs McLeod'],
    ["mr o'neill", "Mr O'Neill"],
    ['mrs müller', 'Mrs Müller'],
    // What was right before stays right.
    ['it was mr dunn at the meeting', 'Mr Dunn'],
    ['Mrs Patel (SENCO)', 'Mrs Patel'],
    ['Mr Hill, Headteacher', 'Mr Hill'],
    ['Mr Hill Headteacher', 'Mr Hill'],
    ['Mrs A. Fenwick', 'Mrs Fenwick'],
    ['Mr J Patel', 'Mr Patel'],
    ['Dr. Raymond Cole', 'Dr Cole'],
    ['Dr. Raymond Headley', 'Dr Headley'],
    ['Mrs Patel Head of Year 9', 'Mrs Patel'],
    ['Mr McLeod said no', 'Mr McLeod'],
    ['the district', ''],
    ['senco', ''],
    ['Mr X', ''],
  ])('%j greets %j', (who, greeting) => expect(greetingName(who)).toBe(greeting));
});

describe('a name typed without a title, as a signature writes it', () => {
  it.each([
    ['Sarah Jones', 'Sarah Jones'],
    ['Zoë Clarke', 'Zoë Clarke'],
    ['Siobhán Ní Bhriain', 'Siobhán Ní Bhriain'],
    ['Maria de la Cruz', 'Maria de la Cruz'],
    ['Pieter van der Berg', 'Pieter van der Berg'],
    ["Niamh O'Sullivan-Byrne", "Niamh O'Sullivan-Byrne"],
    ['Ahmed bin Salleh', 'Ahmed bin Salleh'],
    ['Łucja Wójcik', 'Łucja Wójcik'],
    ['José Álvarez.', 'José Álvarez'],
    ['the attendance office', ''],
    ['SENCO', ''],
    ['sarah jones', ''],
  ])('%j greets as %j', (typed, name) => expect(plainName(typed, 2)).toBe(name));

  it('takes one name where a name is asked for, never where a letter greets a name as it is', () => {
    expect(plainName('Zoë', 1)).toBe('Zoë');
    expect(plainName('Zoë', 2)).toBe('');
  });
});

describe('the person a statement names, offered at "Who said it?"', () => {
  it.each([
    ['Mr Ó Briain rang me and said no', 'Mr Ó Briain'],
    ["Ms O'Neill wrote back saying it is not possible", "Ms O'Neill"],
    ['Mrs Smith-Jones told me there is no money for it', 'Mrs Smith-Jones'],
    ['Mr Ó Briain said there is no home tuition for first years', 'Mr Ó Briain'],
    ['Ms Nguyễn told me they need six more weeks of data', 'Ms Nguyễn'],
    ['Mrs Müller emailed to say no', 'Mrs Müller'],
    ['Mrs van der Berg said they cannot change the timetable', 'Mrs van der Berg'],
    ['Email from Mr De Souza: we cannot offer that', 'Mr De Souza'],
    ['The principal, Mr Ó Briain, told me no', 'Mr Ó Briain'],
    ['Dear Mrs Nowak,\n\nWe are unable to offer home tuition.\n\nKind regards,\n\nÓrla Ní Bhriain', 'Órla Ní Bhriain'],
  ])('%j names %j', (words, who) => expect(speakerOf(words)).toBe(who));

  it('offers that person first, by name', () => {
    const asked = whoParams({ context: { statement: 'Mr Ó Briain said there is no home tuition for first years' } as TriageCtx });
    expect(asked.key).toBe('triage.confirm-who');
    expect(asked.choices?.[0]).toMatchObject({ id: 'said-by', vars: { who: 'Mr Ó Briain' } });
  });

  it.each(['Mrs Müller', 'Mr Ó Briain', 'Ms Nguyễn', 'Ms van der Berg'])('%j is a titled name, and an adult', (name) => {
    expect(isOnlyATitledName(name)).toBe(true);
    expect(namesAnAdult(name)).toBe(true);
  });

  it('keeps a nickname typed in lower case, with its capital ("zoë" is "Zoë")', () => {
    expect(nicknameFrom('zoë')).toBe('Zoë');
    expect(nicknameFrom('éabha')).toBe('Éabha');
  });
});

describe('a name typed where the letter asks who it goes to', () => {
  let app: TestApp;
  afterEach(() => app?.cleanup());

  async function toRecipient(): Promise<void> {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const menu = await app.send(command('resume'));
    await app.send(choice('new-no', lastQuestion(menu).promptId));
    await app.send('Bean');
    await app.send('a later start');
    await app.send('We need more data first.');
    await app.send('the senco');
    await app.send('at the review meeting');
    await app.send(choice('yes'));
    let r = await app.send(choice('us'));
    if (lastQuestion(r).key === 'profile.ask-region') r = await app.send(choice('skip'));
    await app.send(choice('none'));
    await app.send('she is 12');
    await app.send(choice('he'));
    app.clock.advance(30_000);
    await app.send(choice('none'));
    await app.send('attendance');
    await app.send(choice('skip'));
    await app.send(choice('nothing-yet'));
    r = await app.send(choice('skip'));
    expect(lastQuestion(r).key).toBe('facts.ask-recipient');
  }

  it.each([
    ['Mrs Müller', 'Mrs Müller'],
    ['Mr Ó Briain', 'Mr Ó Briain'],
    ['Ms Nguyễn', 'Ms Nguyễn'],
    ['Siobhán Ní Bhriain', 'Siobhán Ní Bhriain'],
    ['Zoë', 'Zoë'],
  ])('%j is taken, and greeted as %j', async (typed, greeting) => {
    await toRecipient();
    let r = await app.send(typed);
    expect(keys(r)).not.toContain('facts.name-unclear');
    expect(lastQuestion(r).key).toBe('facts.ask-said-on');
    r = await answerBeforeLetter((input) => app.send(input), await app.send('11/17'), { signOff: 'Jo Bloggs' });
    const d = r.find((x) => x.type === 'document');
    expect(d && d.type === 'document' ? d.body : '').toMatch(new RegExp(`^Dear ${greeting},$`, 'm'));
  });
});
