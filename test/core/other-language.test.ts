/**
 * Another language in the Latin script (the sixth walk): Spanish and Welsh had gone through as
 * English, so "¿Habla español?" became a child called that and a Welsh sentence the request. The
 * README promises a kind reply asking for an English version; it is given, nothing is kept, and
 * the question is asked again. English with a word or two of another language is still English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { inputProblem, otherLanguages, type OtherLanguages } from '../../src/core/input-guard.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

const languages: OtherLanguages = otherLanguages(loadContent());

describe('a crisis in a message partly in another language (the review)', () => {
  let a: TestApp | undefined;
  afterEach(() => a?.cleanup());
  it('is screened first: the crisis reply, not "please write in English"', async () => {
    a = makeTestApp({ classifier: fixedClassifier('data') });
    const mixed = 'mi hija dice que se quiere morir, no quiere ir al colegio, she wants to die';
    expect(inputProblem(mixed, languages)).toBe('language');
    const r = await a.send(mixed);
    expect(keys(r)).not.toContain('input.language');
    expect(keys(r).some((k) => k.startsWith('safety.'))).toBe(true);
  });
});

describe('inputProblem: another language in the Latin script', () => {
  it.each([
    ['Spanish', 'Hola, el colegio dice que no a mi hijo. No puede ir a clase por la ansiedad y no sé qué hacer.'],
    ['Spanish, two words', '¿Habla español?'],
    ['Welsh', "Mae'r ysgol wedi dweud na. Dydy fy merch ddim yn gallu mynd i'r ysgol."],
    ['Welsh, short', 'Dw i ddim yn siarad Saesneg yn dda'],
    ['French', "L'école a dit non pour mon fils, il ne peut pas aller en classe."],
    ['Portuguese', 'A escola disse que não pode ajudar o meu filho.'],
    ['Polish', 'Szkoła powiedziała, że nie mogą pomóc mojemu synowi.'],
    ['German', 'Die Schule hat nein gesagt, mein Sohn kann nicht mehr hingehen.'],
  ])('%s', (_name, text) => {
    expect(inputProblem(text, languages)).toBe('language');
  });

  it.each([
    'hello. my english is not good sorry. school say no for my son',
    'Mae is in year 5 and the school said no to a later start',
    'They said no, and the ysgol is Welsh-medium so the ALNCo is the one to ask',
    'Sion',
    'José',
    'Ana Sofía',
    'He has ADHD and the SENCo said no. De facto he is on a part-time timetable already.',
    'the head said "c\'est la vie" and walked off',
    'no',
    // A Welsh school's name alone is a name, not a message in Welsh (the review).
    'Ysgol y Preseli',
    'Ysgol yr Hendre',
    'Pennaeth, Ysgol y Garth',
    'Dydd Llun',
  ])('English (or a name): %s', (text) => {
    expect(inputProblem(text, languages)).toBeNull();
  });
});

describe('inputProblem: parents\' English is English', () => {
  it('no message of the classifier\'s examples or the crisis screen\'s training is read as another language', () => {
    const root = join(import.meta.dirname, '..', '..', 'content');
    const texts: string[] = [];
    const strings = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x);
    };
    for (const f of readdirSync(join(root, 'classifier'))) strings(parse(readFileSync(join(root, 'classifier', f), 'utf8')));
    const training = join(root, 'safety', 'training');
    for (const f of readdirSync(training)) for (const line of readFileSync(join(training, f), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    expect(texts.length).toBeGreaterThan(10_000);
    expect(texts.filter((t) => inputProblem(t, languages) === 'language')).toEqual([]);
  });
});

let app: TestApp;
afterEach(() => app?.cleanup());

describe('another language in chat', () => {
  it('at the menu: the kind reply, nothing kept, the menu again', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const menu = lastQuestion(await app.send(command('resume')));
    const r = await app.send('Hola, el colegio dice que no a mi hijo. No puede ir a clase por la ansiedad y no sé qué hacer.');
    expect(keys(r)[0]).toBe('input.language');
    expect(lastQuestion(r).key).toBe(menu.key);
    expect(app.store.listNotes('parent-a')).toEqual([]);
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it('at the nickname question: no child called "¿Habla español?"', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const r = await app.send('¿Habla español?');
    expect(keys(r)[0]).toBe('input.language');
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
    expect(app.store.listCases('parent-a')).toEqual([]);
  });
});
