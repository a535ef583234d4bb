/**
 * A parent's own data key (crypto-shredding, on both stores): every sealed column of theirs is
 * sealed with it, and forget deletes it. Stored form: `pk1:` + base64(iv ‖ tag ‖ ciphertext),
 * AES-256-GCM through aes-sealer.ts (no crypto of its own here).
 */
import { randomBytes } from 'node:crypto';
import { createAesSealer } from './aes-sealer.js';

export const PARENT_PREFIX = 'pk1:';
const AES_PREFIX = 'enc1:';

/** A value sealed with a parent's own key. */
export const isParentSealed = (v: unknown): v is string => typeof v === 'string' && v.startsWith(PARENT_PREFIX);

export interface ParentSealer {
  seal(plain: string): string;
  /** Throws DataKeyError when `stored` was sealed with another key. */
  open(stored: string): string;
}

export function parentSealer(key: Buffer): ParentSealer {
  const aes = createAesSealer(key);
  return {
    seal: (plain) => PARENT_PREFIX + aes.seal(plain).slice(AES_PREFIX.length),
    open: (stored) => aes.open(AES_PREFIX + stored.slice(PARENT_PREFIX.length)),
  };
}

/** A new random 256-bit data key, as stored before wrapping (base64). */
export function newParentKey(): Buffer {
  return randomBytes(32);
}
