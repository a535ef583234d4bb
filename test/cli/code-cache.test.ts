/**
 * The code cache `npm start` and the CLI keep of their bundle (scripts/load-bundle.mjs): used
 * when it was made from this very bundle and its bytes are whole; otherwise the bundle compiles
 * as usual (never a crash on damaged bytes) and the run can write a fresh one. Each run is a
 * fresh process, as V8 only takes a cache made with the same version and flags.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/builders.js';

const tmp = tempDir('nextstep-code-cache-');
afterAll(tmp.cleanup);
const LOADER = join(import.meta.dirname, '..', '..', 'scripts', 'load-bundle.mjs');
const bundle = join(tmp.dir, 'bundle.cjs');
const cache = join(tmp.dir, 'cache', 'bundle.bin');

/** Runs the bundle through the loader in a fresh process: what it printed, and how the cache went. */
function run(flags: string[] = []): { out: string; status: string } {
  const driver = `const { runBundle } = await import(process.argv[1]); const r = runBundle(process.argv[2], process.argv[3]); process.stdout.write('cache ' + r.status + '\\n'); if (r.status !== 'used') r.saveCache();`;
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', driver, LOADER, bundle, cache], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout.trim().split('\n');
  return { out: lines.slice(0, -1).join('\n'), status: (lines.at(-1) ?? '').replace('cache ', '') };
}

function writeBundle(build: string, answer: string): void {
  writeFileSync(bundle, `// next-step build ${build}\nfunction answer() { return ${answer}; }\nprocess.stdout.write(answer() + ' ' + typeof require('node:os').cpus + ' ' + (module.exports === exports) + ' ' + __filename.endsWith('bundle.cjs') + '\\n');\n`);
}

describe('the code cache', () => {
  it('is written by a first run and used by the next; the bundle runs the same either way', () => {
    writeBundle('b1', '6 * 7');
    expect(run()).toEqual({ out: '42 function true true', status: 'none' });
    expect(run()).toEqual({ out: '42 function true true', status: 'used' });
  });

  it('damaged bytes are not used (V8 does not check them itself: they could crash the process)', () => {
    writeBundle('b1', '6 * 7');
    run();
    const good = readFileSync(cache);
    const damaged = Buffer.from(good);
    const at = good.indexOf(10) + 200;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    writeFileSync(cache, damaged);
    expect(run()).toEqual({ out: '42 function true true', status: 'damaged' });
    expect(run().status).toBe('used'); // the damaged run wrote a good one
    writeFileSync(cache, good.subarray(0, 100));
    expect(run().status).toBe('damaged');
  });

  it('a cache of another build, or of the same build edited, is not used', () => {
    writeBundle('b1', '6 * 7');
    run();
    expect(run().status).toBe('used');
    writeBundle('b2', '6 * 7');
    expect(run()).toEqual({ out: '42 function true true', status: 'stale' });
    // Same build line, same length, other code: V8 alone would accept the cache and run the old code.
    writeBundle('b2', '7 * 6');
    expect(run()).toEqual({ out: '42 function true true', status: 'stale' });
    writeBundle('b2', '5 * 7');
    expect(run()).toEqual({ out: '35 function true true', status: 'stale' });
  });

  it('a cache another Node wrote is not used, even where V8 would take it', () => {
    writeBundle('b4', '6 * 7');
    run();
    const buf = readFileSync(cache);
    const nl = buf.indexOf(10);
    const line = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { bundle: string };
    expect(line.bundle).toContain(process.version);
    const other = { ...line, bundle: line.bundle.replace(process.version, 'v20.0.0') };
    writeFileSync(cache, Buffer.concat([Buffer.from(JSON.stringify(other)), buf.subarray(nl)]));
    expect(run()).toEqual({ out: '42 function true true', status: 'stale' });
  });

  it('a cache V8 refuses (made under other flags) leaves the bundle to compile as usual', () => {
    writeBundle('b3', '6 * 7');
    run();
    expect(run(['--no-lazy'])).toEqual({ out: '42 function true true', status: 'rejected' });
  });
});
