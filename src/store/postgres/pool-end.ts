/**
 * A pool whose end waits until its connections are closed. pg's Pool.end() resolves once it has
 * asked its idle connections to close, not once they are closed, so for a moment afterwards the
 * server still lists their sessions (pg_stat_activity): rotate-key, run just after another
 * command, found that command's session there and refused, "in use". PostgreSQL closes a
 * connection only once its session has exited, so a closed socket means the session is gone.
 */
import pg from 'pg';

const stillOpen = new WeakMap<pg.Pool, Set<Promise<void>>>();

/** A new pool, its connections followed until they close. */
export function openPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const open = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    const closed = new Promise<void>((resolve) => client.once('end', () => resolve()));
    open.add(closed);
    void closed.then(() => open.delete(closed));
  });
  stillOpen.set(pool, open);
  return pool;
}

/**
 * At most this long for the server to close them: a connection to a server that has gone
 * silent (a dropped network) would not close for minutes, and stopping must not wait for it.
 */
const CLOSE_WAIT_MS = 5_000;

/** Ends the pool and returns when every connection it opened is closed (or after CLOSE_WAIT_MS). */
export async function endPool(pool: pg.Pool): Promise<void> {
  await pool.end();
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLOSE_WAIT_MS);
    timer.unref();
  });
  try {
    await Promise.race([Promise.all([...(stillOpen.get(pool) ?? [])]), waited]);
  } finally {
    clearTimeout(timer);
  }
}
