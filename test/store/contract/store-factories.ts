/**
 * The stores the contract tests run on, behind one shape: SQLite on a temporary file, and
 * PostgreSQL on a fresh database of the server the test run started (pg-global-setup.ts).
 * `reopen` opens a second store on the same data, so a test sees what was really persisted
 * (the PostgreSQL store keeps a working copy in memory).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, createSharedApp } from '../../../src/app.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Classifier, Sealer, Store } from '../../../src/core/ports.js';
import type { Reply, TurnInput } from '../../../src/core/types.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { FixedClock, fixedClassifier, tempDir } from '../../support/builders.js';

export interface StoreUnderTest {
  store: Store;
  /** Writes as a turn of `userId`'s does (PostgreSQL: under their lock, committed on return). */
  write<T>(userId: string, fn: () => T): Promise<T>;
  close(): Promise<void>;
}

export interface AppUnderTest {
  engine: Engine;
  store: Store;
  close(): Promise<void>;
}

export interface StoreFactory {
  name: 'sqlite' | 'postgres';
  /** A store on this factory's data (the same data for every call). */
  open(opts?: { sealer?: Sealer }): Promise<StoreUnderTest>;
  app(clock: FixedClock, opts?: { classifier?: Classifier; sealer?: Sealer }): Promise<AppUnderTest>;
  cleanup(): Promise<void>;
}

function wrap(store: Store, close: () => Promise<void>): StoreUnderTest {
  return {
    store,
    write: (userId, fn) => (store.runTurn ? store.runTurn({ userId }, fn) : store.commitTurn ? store.commitTurn(fn) : Promise.resolve(store.transaction(fn))),
    close,
  };
}

/** A new, empty database on the test run's server; its URL. */
export async function freshPgDatabase(): Promise<string> {
  const admin = new URL(inject('pgUrl'));
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  admin.pathname = `/${name}`;
  return admin.toString();
}

export function sqliteFactory(): StoreFactory {
  const tmp = tempDir('nextstep-contract-');
  const path = join(tmp.dir, 'contract.db');
  return {
    name: 'sqlite',
    open: async (opts = {}) => {
      const store = new SqliteStore({ path, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
      return wrap(store, async () => store.close());
    },
    app: async (clock, opts = {}) => {
      const app = createApp({ dbPath: path, clock, throttle: false, classifier: opts.classifier ?? fixedClassifier('data'), ...(opts.sealer ? { sealer: opts.sealer } : {}) });
      return { engine: app.engine, store: app.store, close: async () => app.close() };
    },
    cleanup: async () => tmp.cleanup(),
  };
}

export function postgresFactory(): StoreFactory {
  let url: Promise<string> | undefined;
  const dbUrl = () => (url ??= freshPgDatabase());
  return {
    name: 'postgres',
    open: async (opts = {}) => {
      const store = await PgStore.open({ url: await dbUrl(), outboxMinAgeMs: 0, poolSize: 2, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
      return wrap(store, () => store.end());
    },
    app: async (clock, opts = {}) => {
      const app = await createSharedApp({
        databaseUrl: await dbUrl(),
        clock,
        throttle: false,
        outboxMinAgeMs: 0,
        filesRoot: null,
        classifier: opts.classifier ?? fixedClassifier('data'),
        ...(opts.sealer ? { sealer: opts.sealer } : {}),
      });
      return { engine: app.engine, store: app.store, close: () => app.close() };
    },
    cleanup: async () => {},
  };
}

/** Both stores, for `describe.each`. */
export const FACTORIES: readonly (() => StoreFactory)[] = [sqliteFactory, postgresFactory];

/** One console turn of `user`'s, with its own event id. */
export function turn(engine: Engine, clock: FixedClock, user: string, id: string, input: TurnInput): Promise<Reply[]> {
  return engine.handleTurn({ id, channel: 'console', user, where: 'dm', input, receivedAt: clock.now() });
}
