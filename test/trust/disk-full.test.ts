/**
 * A full disk is named: the operator's log says disk-full (with SQLite's own code), and the
 * parent gets a kind line that says what is wrong (`engine.disk-full`), not "something went
 * wrong". The error is injected at the store port; once space is back, turns work again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Logger, Store } from '../../src/core/ports.js';
import { FEATURES } from '../../src/app.js';
import { FixedClock, fixedClassifier, keys } from '../support/builders.js';
import { makeTrustApp, type TrustApp } from './support/trust-app.js';

let app: TrustApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

function capture(): Logger & { lines: { level: string; obj: Record<string, unknown>; msg: string }[] } {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: object, msg = '') => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The real store, except that while `full` is set every write fails as SQLite fails on a full disk. */
function fullableStore(store: Store, err: () => Error): { store: Store; setFull(v: boolean): void } {
  let full = false;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (full && (prop === 'commitTurn' || prop === 'transaction')) {
        return () => {
          throw err();
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { store: proxy, setFull: (v) => (full = v) };
}

const sqliteFull = () => Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('disk full', () => {
  for (const [name, err] of [['SQLITE_FULL', sqliteFull], ['ENOSPC', enospc]] as const) {
    it(`${name}: the log names it, the parent is told kindly what it is, and turns resume after`, async () => {
      app = makeTrustApp();
      const log = capture();
      const { store, setFull } = fullableStore(app.store, err);
      const engine = createEngine({ store, clock: new FixedClock(), content: app.content, classifier: fixedClassifier('data'), features: FEATURES, logger: log, throttle: false });
      const turn = (id: string, text: string) => engine.handleTurn({ id, channel: 'slack', user: 'slack:T1:U1', where: 'dm', input: { kind: 'text', text }, receivedAt: new Date() });

      expect(keys(await turn('e1', 'hello'))).not.toContain('engine.error');
      setFull(true);
      const r = await turn('e2', 'They said no to a later start');
      expect(keys(r)).toEqual(['engine.disk-full']);
      const line = log.lines.find((l) => l.level === 'error');
      expect(line?.msg).toBe('turn failed: disk full');
      expect(line?.obj).toMatchObject({ kind: 'disk-full', code: name });
      expect(JSON.stringify(log.lines)).not.toContain('later start');

      setFull(false);
      expect(keys(await turn('e3', 'hello again'))).not.toContain('engine.disk-full');
    });
  }
});
