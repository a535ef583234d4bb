/**
 * The benchmark's peers: the same two-question dialogue on the Microsoft Bot Framework SDK
 * (bench/peer/two-questions.mjs, installed into bench/peer on first use), run in a child process.
 *
 *   peer          ConversationState on MemoryStorage (in memory, nothing persisted).
 *   durable peer  ConversationState on a durable SQLite storage (bench/peer/sqlite-storage.mjs):
 *                 the same pragmas as our store and our own group commit, at the same concurrency.
 */
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePeer, runChild } from './helpers.js';

const PEER = join(dirname(fileURLToPath(import.meta.url)), 'peer');

export interface PeerResult {
  turns: number;
  turns_per_s: number;
  empty_replies: number;
  /** Durable peer only: conversations whose note was read back from disk after the run. */
  stored_notes?: number;
  turns_per_commit?: number;
}

interface PeerOptions {
  conversations: number;
  concurrency: number;
  progress: (s: string) => void;
}

export async function runPeer(o: PeerOptions): Promise<PeerResult | null> {
  if (!ensurePeer()) return null;
  o.progress(`peer: botbuilder-dialogs waterfall on MemoryStorage, ${o.conversations} conversations`);
  const r = await runChild(process.execPath, [join(PEER, 'two-questions.mjs'), String(o.conversations), String(o.concurrency)]);
  return JSON.parse(r.line) as PeerResult;
}

/** `dbPath`: a new database file for the peer's storage (in the bench's temporary folder). */
export async function runDurablePeer(o: PeerOptions & { dbPath: string }): Promise<PeerResult | null> {
  if (!ensurePeer()) return null;
  o.progress(`durable peer: botbuilder-dialogs waterfall on SQLite with group commit, ${o.conversations} conversations`);
  // tsx: the peer's storage imports our group commit (TypeScript) as it is.
  const r = await runChild(process.execPath, ['--import', 'tsx', join(PEER, 'two-questions.mjs'), String(o.conversations), String(o.concurrency), o.dbPath]);
  const res = JSON.parse(r.line) as PeerResult;
  if (res.stored_notes !== o.conversations) throw new Error(`durable peer: ${res.stored_notes ?? 0} of ${o.conversations} conversations' notes read back from disk`);
  return res;
}
