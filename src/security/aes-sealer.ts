/**
 * AES-256-GCM sealing of everything a parent writes, with node:crypto. Each value gets a fresh
 * 12-byte IV; the auth tag makes a wrong key an error, never garbage output.
 * Stored form: `enc1:` + base64(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigError } from '../config.js';
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

/** Accepts 32 bytes as base64 (44 chars) or hex (64 chars). */
export function parseDataKey(raw: string): Buffer {
  const s = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32) throw new DataKeyError('NEXTSTEP_DATA_KEY must be 32 bytes, as base64 or hex (generate one with: openssl rand -base64 32)');
  return key;
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
