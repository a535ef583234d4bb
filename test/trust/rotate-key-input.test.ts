/**
 * `rotate-key --new-key` takes a key exactly as documented (32 bytes: standard base64 of 44
 * characters, or 64 hex), blames `--new-key` (not NEXTSTEP_DATA_KEY) for a bad one, and refuses
 * to "rotate" to the key already in use with a message saying so.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataKey } from '../../src/security/aes-sealer.js';
import { createAesSealer } from '../../src/security/aes-sealer.js';
import { cli, makeCaseApp, tellTriage, type CaseApp } from '../features/case-file/support.js';

let apps: CaseApp[] = [];
afterEach(() => {
  for (const a of apps) a.cleanup();
  apps = [];
});

describe('data keys are read strictly', () => {
  const key = randomBytes(32);
  it('accepts standard base64 and hex, each exactly 32 bytes', () => {
    expect(parseDataKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parseDataKey(` ${key.toString('hex')}\n`).equals(key)).toBe(true);
  });
  it.each([
    ['stray characters', `${key.toString('base64').slice(0, 20)}!!${key.toString('base64').slice(20)}`],
    ['base64url', key.toString('base64url')],
    ['no padding', key.toString('base64').replace(/=$/, '')],
    ['31 bytes', randomBytes(31).toString('base64')],
    ['33 bytes of hex', randomBytes(33).toString('hex')],
    ['a space inside', `${key.toString('base64').slice(0, 10)} ${key.toString('base64').slice(10)}`],
  ])('refuses %s, naming where the key came from', (_name, raw) => {
    expect(() => parseDataKey(raw, '--new-key')).toThrow(/^--new-key must be exactly 32 bytes/);
  });
});

describe('rotate-key --new-key', () => {
  it('a malformed --new-key is blamed by name; the same key as now is refused plainly', async () => {
    const current = randomBytes(32).toString('base64');
    const a = makeCaseApp({ sealer: createAesSealer(parseDataKey(current)) });
    apps.push(a);
    await tellTriage(a, { nickname: 'Robin', request: 'a later start', statement: 'We need more data first.', who: 'Mrs Hill' });
    a.close();
    const env = { NEXTSTEP_DATA_KEY: current };
    const url = await cli(['rotate-key', '--new-key', randomBytes(32).toString('base64url'), '--db', a.dbPath], env);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('--new-key must be exactly 32 bytes');
    expect(url.stderr).not.toContain('NEXTSTEP_DATA_KEY must');
    const same = await cli(['rotate-key', '--new-key', current, '--db', a.dbPath], env);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/--new-key is the key already in use/);
    expect(same.stdout).not.toContain('no longer opens');
    // Same key in hex: still the same key.
    const sameHex = await cli(['rotate-key', '--new-key', Buffer.from(current, 'base64').toString('hex'), '--db', a.dbPath], env);
    expect(sameHex.code).toBe(1);
  });
});
