/** Picks the sealer from NEXTSTEP_DATA_KEY, and says plainly when data is stored unencrypted. */
import { plainSealer, type Logger, type Sealer } from '../core/ports.js';
import { createAesSealer, parseDataKey } from './aes-sealer.js';

export function sealerFromEnv(env: NodeJS.ProcessEnv, logger?: Logger): Sealer {
  const raw = env.NEXTSTEP_DATA_KEY;
  if (raw && raw.trim()) return createAesSealer(parseDataKey(raw));
  logger?.warn({ encrypted: false }, 'NEXTSTEP_DATA_KEY is not set: parents\' notes are stored unencrypted');
  return plainSealer;
}
