/**
 * AES-256-GCM sealing of everything a parent writes, with node:crypto. Each value gets a fresh
 * 12-byte IV; the auth tag makes a wrong key an error, never garbage output.
 * Stored form: `enc1:` + base64(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigError } from '../config-error.js';
import type { Sealer } from '../core/ports.js';

const PREFIX = 'enc1:';

/**
 * A missing, malformed or wrong data key. A configuration problem: the CLI and `npm start`
 * print its message as it is and exit, instead of a stack trace or garbage output.
 */
export class DataKeyError extends ConfigError {
  override name = 'DataKeyError';
}

/** True when a stored value is in sealed form (as opposed to plain text written without a key). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/**
 * Accepts exactly 32 bytes as standard base64 (44 characters ending in `=`) or hex (64
 * characters), after trimming surrounding space. Nothing else: no stray characters (Node's
 * base64 decoder would silently drop them), no base64url (`-`, `_`), no missing padding.
 * `name` is what the error blames (the variable or the option the key came from).
 */
export function parseDataKey(raw: string, name = 'NEXTSTEP_DATA_KEY'): Buffer {
  const s = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(s)) return Buffer.from(s, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(s)) {
    const key = Buffer.from(s, 'base64');
    if (key.length === 32 && key.toString('base64') === s) return key;
  }
  throw new DataKeyError(`${name} must be exactly 32 bytes, as standard base64 (44 characters, ending in "=") or hex (64 characters); generate one with: openssl rand -base64 32`);
}

export function createAesSealer(key: Buffer): Sealer {
  return {
    encrypted: true,
    seal(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
    },
    open(stored: string): string {
      if (!stored.startsWith(PREFIX)) return stored; // written before encryption was turned on
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new DataKeyError('Stored data cannot be decrypted with this NEXTSTEP_DATA_KEY (wrong key?)');
      }
    },
  };
}
