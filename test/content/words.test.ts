/**
 * Words the bot reads (content/words/): loaded with the catalog, each entry a pattern checked at
 * start-up, every intent a feature declares present, by key.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/app.js';
import { ContentError, loadContent } from '../../src/content/catalog.js';
import { shippedWords } from '../../src/content/catalog.js';
import { assemble } from '../../src/core/assemble.js';
import type { Feature } from '../../src/core/feature.js';
import { answerWords } from '../../src/core/render.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of content/ with one words file replaced. */
function contentWith(file: string, yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  copies.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  writeFileSync(join(dir, 'words', file), yaml);
  return dir;
}

describe('content/words', () => {
  const content = loadContent();

  it('has a list for every intent a feature declares, and the answer words', () => {
    const { intents, commands } = assemble(FEATURES, content);
    expect(new Set(intents.map((i) => i.command))).toEqual(new Set(['help', 'restart', ...FEATURES.flatMap((f) => [...f.intents, ...(f.openingIntents ?? []), ...(f.closingIntents ?? [])])]));
    for (const i of intents) expect(commands.has(i.command)).toBe(true);
    expect(() => answerWords(content)).not.toThrow();
    for (const key of ['school.roles', 'school.authority', 'school.titles', 'school.refusal', 'school.sign-offs']) expect(shippedWords(key).length).toBeGreaterThan(0);
  });

  it('has the words that read letter answers (fillers, hedges, answers with no fact, the parent\'s voice, sentence openers)', () => {
    for (const key of ['letters.fillers', 'letters.no-fact', 'letters.hedges', 'letters.parent-voice', 'letters.common-openers', 'letters.family', 'letters.parent-self', 'letters.first-person', 'letters.school-email-opening', 'letters.school-email-signed', 'letters.school-we']) expect(content.words(key).length).toBeGreaterThan(0);
  });

  it('stops at start-up on a letter word that does not compile', () => {
    const dir = contentWith('letters.yaml', "letters.fillers: ['\\bas i said(']\n");
    expect(() => loadContent(dir)).toThrow(/letters\.fillers/);
  });

  it('stops at start-up on a pattern that does not compile', () => {
    const dir = contentWith('answers.yaml', "answers.yes: ['(unclosed']\n");
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(/answers\.yes/);
  });

  it('puts a shared part into each pattern that names it, and keeps parts out of the lists', () => {
    const say = content.words('intents.say.closing');
    expect(say.every((p) => !p.includes('{{'))).toBe(true);
    expect(() => content.words('parts.say-question')).toThrow();
    const dir = contentWith('answers.yaml', "parts.maybe: ['(?:perhaps|maybe)']\nanswers.yes: ['^{{maybe}} yes$']\n");
    expect(loadContent(dir).words('answers.yes')).toEqual(['^(?:perhaps|maybe) yes$']);
  });

  it('stops at start-up on a part nobody holds, or a part of two patterns', () => {
    expect(() => loadContent(contentWith('answers.yaml', "answers.yes: ['^{{nowhere}} yes$']\n"))).toThrow(/answers\.yes.*nowhere/);
    expect(() => loadContent(contentWith('answers.yaml', "parts.two: ['a', 'b']\nanswers.yes: ['^{{two}}$']\n"))).toThrow(/parts\.two/);
  });

  it('stops at start-up when a feature declares an intent with no phrases', () => {
    const dir = contentWith('intents.yaml', "intents.help: ['^help$']\n");
    expect(() => assemble(FEATURES, loadContent(dir))).toThrow(/intents\.restart|intents\.say/);
  });

  it('refuses an unknown word list', () => {
    expect(() => content.words('intents.nothing')).toThrow(ContentError);
    expect(() => shippedWords('school.nothing')).toThrow();
  });
});

describe('assembling the features', () => {
  const content = loadContent();

  it('refuses two features claiming one command, and a vocabulary effect nobody handles', () => {
    const [advice, dailyLog, caseFile, safety] = FEATURES as [Feature, Feature, Feature, Feature];
    expect(() => assemble([advice, dailyLog, caseFile, safety], content)).not.toThrow();
    expect(() => assemble([advice, dailyLog, caseFile, safety, { ...advice, id: 'again', flows: [], intents: [], effects: [] }], content)).toThrow(/command "say"/);
    expect(() => assemble([advice, dailyLog, { ...caseFile, effects: caseFile.effects.filter((e) => e.type !== 'draft') }, safety], content)).toThrow(/effect "draft"/);
  });

  it('refuses to start without the safety check the crisis screen hands over to', () => {
    const [advice, dailyLog, caseFile] = FEATURES as [Feature, Feature, Feature];
    expect(() => assemble([advice, dailyLog, caseFile], content)).toThrow(/safety check/);
  });

  it('takes the menu and the safety check from the features that name them, one each', () => {
    const [advice, dailyLog, caseFile, safety] = FEATURES as [Feature, Feature, Feature, Feature];
    const { menuFlow, safetyFlow } = assemble([advice, dailyLog, caseFile, safety], content);
    expect([menuFlow, safetyFlow]).toEqual([advice.menuFlow, safety.safetyFlow]);
    const { menuFlow: _menu, ...noMenu } = advice;
    expect(() => assemble([noMenu, dailyLog, caseFile, safety], content)).toThrow(/no feature has the menu/);
    expect(() => assemble([advice, { ...dailyLog, menuFlow: 'daily-log' }, caseFile, safety], content)).toThrow(/menu is already named by advice/);
    expect(() => assemble([advice, dailyLog, caseFile, { ...safety, safetyFlow: 'nowhere' }], content)).toThrow(/flow "nowhere"/);
  });
});
