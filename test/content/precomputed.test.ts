/**
 * The build keeps content/ parsed as JSON (dist/precomputed/content.json) so start-up skips YAML;
 * it is used only while it was made from exactly the files on disk.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR, loadContent, parseContent, type ContentCatalog } from '../../src/content/catalog.js';
import { tempDir } from '../support/builders.js';

const t = tempDir('nextstep-content-cache-');
afterAll(() => t.cleanup());

const everything = (c: ContentCatalog) => ({
  keys: c.keys().map((k) => [k, c.variants(k)]),
  letters: c.letters().map((l) => [l.id, l.title, l.body, l.vars]),
});

describe('precomputed content', () => {
  it('a cache made from these files gives exactly what parsing them gives', () => {
    const cache = join(t.dir, 'fresh.json');
    writeFileSync(cache, JSON.stringify(parseContent()));
    expect(everything(loadContent(DEFAULT_CONTENT_DIR, cache))).toEqual(everything(loadContent(DEFAULT_CONTENT_DIR, null)));
  });

  it('a cache made from other files (a hash that does not match) is ignored', () => {
    const stale = { ...parseContent(), hash: 'not-these-files', entries: [['home.welcome', ['stale words']]] };
    const cache = join(t.dir, 'stale.json');
    writeFileSync(cache, JSON.stringify(stale));
    const c = loadContent(DEFAULT_CONTENT_DIR, cache);
    expect(c.render('home.welcome')).not.toBe('stale words');
    expect(c.keys().length).toBeGreaterThan(100);
  });

  it('a damaged cache is ignored too', () => {
    const cache = join(t.dir, 'damaged.json');
    writeFileSync(cache, '{"hash": 1');
    expect(loadContent(DEFAULT_CONTENT_DIR, cache).has('home.welcome')).toBe(true);
  });

  it('the hash covers every byte: one changed word is a different hash', () => {
    const a = parseContent();
    const dir = join(t.dir, 'copy');
    cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
    const file = join(dir, 'prompts', 'home.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Log today', 'Log the day'));
    expect(parseContent(dir).hash).not.toBe(a.hash);
  });
});
