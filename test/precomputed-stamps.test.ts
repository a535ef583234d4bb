/**
 * The build's stamps (src/precomputed.ts): start-up takes an input file at the digest the build
 * recorded only while the file is as the build saw it, and trusts an artifact without its schema
 * check only when its bytes are exactly what the build of the running code wrote.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { codeId, digestOfSources, fileDigest, keepComputed, PRECOMPUTED_DIR, readPrecomputed, readStamps, RUNNING_SOURCES, writeInputStamps, writtenByThisBuild } from '../src/precomputed.js';
import { crisisModel, precomputedCrisisWeights } from '../src/safety/precomputed-crisis-model.js';
import { tempDir } from './support/builders.js';

const tmp = tempDir('nextstep-stamps-');
afterAll(tmp.cleanup);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A build's stamps, written the way the build writes them, after `input` was hashed; the artifacts are those in `dir`. */
function build(input: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  fileDigest(input, readStamps(join(tmp.dir, 'none.json'))); // hashed, so recorded
  const stamps = join(tmp.dir, 'inputs.json');
  writeInputStamps(stamps, dir);
  return stamps;
}

describe('the build stamps', () => {
  const input = join(tmp.dir, 'examples.yaml');
  const artifactDir = join(tmp.dir, 'precomputed');
  const artifact = join(artifactDir, 'weights.json');

  it('an unchanged input file is taken at the recorded digest; a changed one is hashed again', () => {
    writeFileSync(input, 'first words\n');
    const stampsFile = build(input, join(tmp.dir, 'no-artifacts'));
    const recorded = readStamps(stampsFile);
    expect(fileDigest(input, recorded)).toBe(sha256('first words\n'));
    // The record is what is used while the file is as it was: a forged digest shows it.
    const forged = JSON.parse(readFileSync(stampsFile, 'utf8')) as { files: Record<string, string> };
    for (const [k, v] of Object.entries(forged.files)) forged.files[k] = v.replace(/[0-9a-f]{64}$/, '0'.repeat(64));
    writeFileSync(stampsFile, JSON.stringify(forged));
    expect(fileDigest(input, readStamps(stampsFile))).toBe('0'.repeat(64));
    // Once the file changes (same size even), its bytes are hashed again.
    writeFileSync(input, 'other words\n');
    expect(fileDigest(input, readStamps(stampsFile))).toBe(sha256('other words\n'));
  });

  it('missing or damaged stamps mean every file is hashed', () => {
    writeFileSync(input, 'first words\n');
    const damaged = join(tmp.dir, 'damaged.json');
    writeFileSync(damaged, '{"build": "x", "files": {');
    expect(readStamps(damaged).files.size).toBe(0);
    expect(fileDigest(input, readStamps(damaged))).toBe(sha256('first words\n'));
    expect(readStamps(join(tmp.dir, 'missing.json')).files.size).toBe(0);
  });

  it('an artifact is trusted only as written, and only by the build that wrote it', () => {
    writeFileSync(input, 'first words\n');
    mkdirSync(artifactDir, { recursive: true });
    writeFileSync(artifact, '{"weights":[1,2,3]}');
    const stampsFile = build(input, artifactDir);
    const stamps = readStamps(stampsFile);
    expect(stamps.artifacts.get('weights.json')).toBe(sha256('{"weights":[1,2,3]}'));
    expect(writtenByThisBuild('weights.json', '{"weights":[1,2,3]}', stamps)).toBe(true);
    expect(writtenByThisBuild('weights.json', '{"weights":[1,2,4]}', stamps)).toBe(false);
    expect(writtenByThisBuild('other.json', '{"weights":[1,2,3]}', stamps)).toBe(false);
    // Stamps of another build (other code): nothing is trusted.
    writeFileSync(stampsFile, JSON.stringify({ ...(JSON.parse(readFileSync(stampsFile, 'utf8')) as object), build: 'another-build' }));
    expect(writtenByThisBuild('weights.json', '{"weights":[1,2,3]}', readStamps(stampsFile))).toBe(false);
  });
});

describe('the sources cache (running the sources: vitest, tsx)', () => {
  it('names the code by every source byte and the lock file: any edit, new file or package change is other code', () => {
    const root = join(tmp.dir, 'project');
    mkdirSync(join(root, 'src', 'safety'), { recursive: true });
    writeFileSync(join(root, 'src', 'safety', 'model.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src', 'notes.md'), 'not code\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    const first = digestOfSources(root);
    expect(digestOfSources(root)).toBe(first);
    writeFileSync(join(root, 'src', 'notes.md'), 'still not code\n');
    expect(digestOfSources(root)).toBe(first);
    writeFileSync(join(root, 'src', 'safety', 'model.ts'), 'export const a = 2;\n');
    const edited = digestOfSources(root);
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'src', 'extra.ts'), '\n');
    const added = digestOfSources(root);
    expect(added).not.toBe(edited);
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}\n');
    expect(digestOfSources(root)).not.toBe(added);
  });

  it("holds the crisis models this worker trained or read, for the next process of these sources", () => {
    // The worker's setup built both (test/support/warm-models.ts): trained and kept, or read back.
    expect(crisisModel('risk')).not.toBeNull();
    expect(crisisModel('tier')).not.toBeNull();
    expect(precomputedCrisisWeights(undefined, 'risk')).toBeDefined();
    expect(precomputedCrisisWeights(undefined, 'tier')).toBeDefined();
  });

  it('keeps what this process computed, read back only under the same hash', () => {
    expect(RUNNING_SOURCES).toBe(true);
    expect(codeId()).toMatch(/^sources-[0-9a-f]{64}$/);
    const name = `test-kept-${process.pid}`;
    keepComputed(name, 'h1', { n: 1 });
    expect(readPrecomputed(name, 'h1', z.object({ n: z.number() }))).toEqual({ n: 1 });
    expect(readPrecomputed(name, 'h2', z.object({ n: z.number() }))).toBeUndefined();
    for (const f of readdirSync(PRECOMPUTED_DIR)) if (f.startsWith(`${name}.`)) rmSync(join(PRECOMPUTED_DIR, f));
  });

  it('keeps each sources version apart: two checkouts sharing node_modules read their own, an old copy is removed after a day', () => {
    const name = `test-shared-${process.pid}`;
    const schema = z.object({ n: z.number() });
    const mine = (f: string) => f.startsWith(`${name}.`);
    keepComputed(name, 'a'.repeat(64), { n: 1 });
    keepComputed(name, 'b'.repeat(64), { n: 2 });
    expect(readPrecomputed(name, 'a'.repeat(64), schema)).toEqual({ n: 1 });
    expect(readPrecomputed(name, 'b'.repeat(64), schema)).toEqual({ n: 2 });
    const old = join(PRECOMPUTED_DIR, `${name}.${'a'.repeat(16)}.json`);
    utimesSync(old, new Date(Date.now() - 25 * 3600_000), new Date(Date.now() - 25 * 3600_000));
    keepComputed(name, 'c'.repeat(64), { n: 3 });
    expect(readPrecomputed(name, 'a'.repeat(64), schema)).toBeUndefined();
    expect(readPrecomputed(name, 'b'.repeat(64), schema)).toEqual({ n: 2 });
    expect(readdirSync(PRECOMPUTED_DIR).filter(mine)).toHaveLength(2);
    for (const f of readdirSync(PRECOMPUTED_DIR).filter(mine)) rmSync(join(PRECOMPUTED_DIR, f));
  });
});
